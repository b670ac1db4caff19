package io.sightline.capture.codec;

/**
 * Gorilla's XOR encoding of doubles (Pelkonen et al., VLDB 2015): each value is XORed with the previous one; an
 * unchanged value costs one bit, a change reuses the previous window of meaningful bits when it fits, else
 * states a new window (5 bits leading zeros, 6 bits length). Used for series with no declared resolution and
 * for chunks whose values cannot be stored as integers (infinities, magnitudes past 2^53).
 */
final class GorillaValues {
    private GorillaValues() {
    }

    static byte[] encode(double[] values, int from, int count) {
        Bits.Writer w = new Bits.Writer(count * 2 + 16);
        long prev = Double.doubleToLongBits(values[from]);
        w.write(prev, 64);
        int prevLeading = -1;
        int prevTrailing = 0;
        for (int i = from + 1; i < from + count; i++) {
            long bits = Double.doubleToLongBits(values[i]);
            long xor = bits ^ prev;
            prev = bits;
            if (xor == 0) {
                w.write(0, 1);
                continue;
            }
            w.write(1, 1);
            int leading = Math.min(31, Long.numberOfLeadingZeros(xor));
            int trailing = Long.numberOfTrailingZeros(xor);
            if (prevLeading >= 0 && leading >= prevLeading && trailing >= prevTrailing) {
                w.write(0, 1);
                int len = 64 - prevLeading - prevTrailing;
                w.write(xor >>> prevTrailing, len);
            } else {
                int len = 64 - leading - trailing;
                w.write(1, 1);
                w.write(leading, 5);
                w.write(len & 63, 6); // 64 meaningful bits is written as 0
                w.write(xor >>> trailing, len);
                prevLeading = leading;
                prevTrailing = trailing;
            }
        }
        return w.toByteArray();
    }

    /** Decodes {@code count} values from {@code buf} starting at byte {@code pos} into {@code out[off..]}. */
    static void decode(byte[] buf, int pos, int end, int count, double[] out, int off) {
        Bits.Reader r = new Bits.Reader(buf, pos, end);
        long prev = r.read(64);
        out[off] = Double.longBitsToDouble(prev);
        int leading = 0;
        int len = 0;
        for (int i = 1; i < count; i++) {
            if (r.read(1) != 0) {
                if (r.read(1) != 0) {
                    leading = (int) r.read(5);
                    len = (int) r.read(6);
                    if (len == 0) {
                        len = 64;
                    }
                    if (leading + len > 64) {
                        throw new CorruptChunkException("XOR window of " + leading + "+" + len + " bits");
                    }
                } else if (len == 0) {
                    throw new CorruptChunkException("XOR value reuses a window before one was set");
                }
                int trailing = 64 - leading - len;
                prev ^= r.read(len) << trailing;
            }
            out[off + i] = Double.longBitsToDouble(prev);
        }
    }
}
