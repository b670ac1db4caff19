package io.sightline.capture.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Frame-of-reference bit packing in blocks of {@value #BLOCK} values: one width byte, then every value of the
 * block in exactly that many bits, least significant bit first, padded to a whole byte.
 *
 * <p>Why not Gorilla's bit-serial control codes: decoding those costs a branch per value and tops out near
 * 100 M values/s in Java; a block of fixed width decodes in a branch-free loop of one unaligned word read, a
 * shift and a mask per value, and a block of width 0 (regular timestamps, a gauge that did not move) is a
 * single byte and decodes as a fill. Readers need 8 bytes of slack after the last block (the chunk format
 * pads), so every value is one unaligned little-endian long read.
 */
public final class BitPacking {
    public static final int BLOCK = 128;
    /** Widths up to this fit in one unaligned 64-bit read whatever the bit offset (at most 7 + 56 bits). */
    static final int ONE_WORD = 56;
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private BitPacking() {
    }

    /** Bits needed for the widest of {@code n} non-negative values from {@code from}. */
    public static int width(long[] values, int from, int n) {
        long or = 0;
        for (int i = from; i < from + n; i++) {
            or |= values[i];
        }
        return 64 - Long.numberOfLeadingZeros(or);
    }

    /** Writes one block: its width byte and {@code n} values of that width. */
    public static void packBlock(long[] values, int from, int n, ByteSink out) {
        int w = width(values, from, n);
        out.write(w);
        if (w == 0) {
            return;
        }
        int bytes = (n * w + 7) >>> 3;
        out.ensure(bytes + 8);
        byte[] buf = out.array();
        int base = out.size();
        long acc = 0;
        int pending = 0;
        int pos = base;
        for (int i = from; i < from + n; i++) {
            long v = values[i];
            acc |= v << pending;
            if (pending + w >= 64) {
                LONG_LE.set(buf, pos, acc);
                pos += 8;
                int used = 64 - pending;
                acc = used == 64 ? 0 : v >>> used;
                pending = pending + w - 64;
            } else {
                pending += w;
            }
        }
        LONG_LE.set(buf, pos, acc); // the buffer has 8 bytes of room; only the used bytes count
        out.advance(bytes);
        // Bytes past 'bytes' may hold leftovers of acc; the next write overwrites them.
    }

    /** Bytes a block of {@code n} values at width {@code w} occupies after its width byte. */
    public static int blockBytes(int n, int w) {
        return (n * w + 7) >>> 3;
    }

    /** The {@code i}-th value of width {@code w} in a block whose bits start at byte {@code pos}. */
    static long get(byte[] buf, int pos, int i, int w, long mask) {
        long bit = (long) i * w;
        int at = pos + (int) (bit >>> 3);
        int shift = (int) (bit & 7);
        long word = (long) LONG_LE.get(buf, at);
        if (shift + w <= 64) {
            return (word >>> shift) & mask;
        }
        long high = (long) LONG_LE.get(buf, at + 8);
        return ((word >>> shift) | (high << (64 - shift))) & mask;
    }

    static long word(byte[] buf, int at) {
        return (long) LONG_LE.get(buf, at);
    }

    static long mask(int w) {
        return w == 64 ? -1L : (1L << w) - 1;
    }
}
