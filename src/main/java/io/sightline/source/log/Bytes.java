package io.sightline.source.log;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte scanning helpers for the hot parse path. {@link #indexOf} reads eight bytes at a time (SWAR) because a
 * byte-at-a-time loop is what made {@code readLine}+regex three times slower than grep.
 */
final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Bytes() {
    }

    /** Index of the first {@code b} in {@code a[from, to)}, or -1. */
    static int indexOf(byte[] a, int from, int to, byte b) {
        long pattern = (b & 0xFFL) * ONES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(a, i) ^ pattern;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** True when every byte of {@code a[from, to)} is 7-bit ASCII. */
    static boolean isAscii(byte[] a, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            if (((long) LONGS.get(a, i) & HIGHS) != 0) {
                return false;
            }
        }
        for (; i < to; i++) {
            if (a[i] < 0) {
                return false;
            }
        }
        return true;
    }

    static final int NON_ASCII = 1;
    static final int MAY_HAVE_CONTROL = 2;

    /** One pass over {@code a[from, to)}: {@link #NON_ASCII} and/or {@link #MAY_HAVE_CONTROL}, or 0 for plain text. */
    static int classify(byte[] a, int from, int to) {
        long high = 0;
        long control = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(a, i);
            high |= x;
            control |= (x - 0x2020202020202020L) & ~x;
        }
        int flags = ((high & HIGHS) != 0 ? NON_ASCII : 0) | ((control & HIGHS) != 0 ? MAY_HAVE_CONTROL : 0);
        for (; i < to; i++) {
            if (a[i] < 0) {
                flags |= NON_ASCII;
            } else if (a[i] < 0x20) {
                flags |= MAY_HAVE_CONTROL;
            }
        }
        return flags;
    }

    /** True when some byte of {@code a[from, to)} may be below 0x20 (a control byte); false means surely none. */
    static boolean mayHaveControl(byte[] a, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(a, i);
            if (((x - 0x2020202020202020L) & ~x & HIGHS) != 0) {
                return true;
            }
        }
        for (; i < to; i++) {
            if (a[i] >= 0 && a[i] < 0x20) {
                return true;
            }
        }
        return false;
    }

    static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** Parses the digits of {@code a[from, to)}; -1 if any byte is not a digit or the range is empty. */
    static long parseDigits(byte[] a, int from, int to) {
        if (from >= to || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = a[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
