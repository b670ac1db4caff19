package io.sightline.capture.codec;

/**
 * Encodes and decodes one chunk of a series: up to a few thousand (time, value) samples as one blob.
 *
 * <pre>
 * byte    format version (1)
 * byte    value kind: 0 scaled integers, 1 XOR doubles
 * varint  count
 * zigzag  t0 (epoch ms); if count &gt; 1: zigzag first delta
 * blocks  delta-of-delta of the remaining count-2 timestamps, zig-zagged, bit-packed ({@link BitPacking})
 * scaled: 8-byte divisor, zigzag v0, blocks of the count-1 zig-zagged value deltas, varint gap count and
 *         varint index deltas of NaN samples (gaps carry the previous integer)
 * XOR:    varint byte length, Gorilla XOR stream ({@link GorillaValues})
 * 8 zero bytes of slack so the decoder reads whole words
 * </pre>
 */
public final class ChunkCodec {
    public static final int VERSION = 1;
    private static final double MAX_EXACT = 9.007199254740992E15; // 2^53

    private ChunkCodec() {
    }

    /**
     * Encodes {@code count} samples. Chooses XOR for this chunk when {@code preferred} is scaled but a value
     * cannot be an integer at that resolution (infinite, or too large), so no sample is ever stored wrong.
     */
    public static byte[] encode(long[] times, double[] values, int from, int count, ValueEncoding preferred) {
        if (count <= 0) {
            throw new IllegalArgumentException("a chunk needs at least one sample");
        }
        boolean scaled = preferred.kind() == ValueEncoding.Kind.SCALED && scalable(values, from, count, preferred.divisor());
        ByteSink out = new ByteSink(count + 64);
        out.write(VERSION);
        out.write(scaled ? 0 : 1);
        out.writeVarLong(count);
        writeTimes(times, from, count, out);
        if (scaled) {
            writeScaled(values, from, count, preferred.divisor(), out);
        } else {
            byte[] xor = GorillaValues.encode(values, from, count);
            out.writeVarLong(xor.length);
            out.write(xor, 0, xor.length);
        }
        out.writeLongLE(0);
        return out.toByteArray();
    }

    /** Whether {@link #encode} would store these values as integers at this divisor. */
    public static boolean scalable(double[] values, int from, int count, double divisor) {
        for (int i = from; i < from + count; i++) {
            double v = values[i];
            if (Double.isInfinite(v) || Math.abs(v * divisor) >= MAX_EXACT) {
                return false;
            }
        }
        return true;
    }

    /** The number of samples in an encoded chunk, read from its header. */
    public static int count(byte[] chunk) {
        Header h = header(chunk);
        return h.count;
    }

    /**
     * Decodes a chunk into {@code times[off..]} and {@code values[off..]}; returns the sample count. Throws
     * {@link CorruptChunkException} for bytes that do not form a chunk.
     */
    public static int decode(byte[] chunk, long[] times, double[] values, int off) {
        Header h = header(chunk);
        if (times.length - off < h.count || values.length - off < h.count) {
            throw new IllegalArgumentException("output arrays too small for " + h.count + " samples");
        }
        int[] cursor = {h.bodyStart};
        readTimes(chunk, cursor, h.count, times, off);
        if (h.scaled) {
            readScaled(chunk, cursor, h.count, values, off);
        } else {
            int len = checkedLength(VarInts.readVarLong(chunk, cursor), chunk.length - cursor[0] - 8);
            GorillaValues.decode(chunk, cursor[0], cursor[0] + len, h.count, values, off);
        }
        return h.count;
    }

    private record Header(boolean scaled, int count, int bodyStart) {
    }

    private static Header header(byte[] chunk) {
        if (chunk.length < 12) {
            throw new CorruptChunkException("chunk of " + chunk.length + " bytes is too short");
        }
        if (chunk[0] != VERSION) {
            throw new CorruptChunkException("chunk format " + chunk[0] + " (this build reads " + VERSION + ")");
        }
        if (chunk[1] != 0 && chunk[1] != 1) {
            throw new CorruptChunkException("unknown value kind " + chunk[1]);
        }
        int[] cursor = {2};
        long count = VarInts.readVarLong(chunk, cursor);
        if (count < 1 || count > (long) chunk.length * 64) { // even width-0 blocks need a byte per 128 samples
            throw new CorruptChunkException("implausible sample count " + count);
        }
        return new Header(chunk[1] == 0, (int) count, cursor[0]);
    }

    private static int checkedLength(long len, int available) {
        if (len < 0 || len > available) {
            throw new CorruptChunkException("stream length " + len + " exceeds the chunk");
        }
        return (int) len;
    }

    private static void writeTimes(long[] times, int from, int count, ByteSink out) {
        out.writeZigZag(times[from]);
        if (count == 1) {
            return;
        }
        long[] dod = new long[count - 2];
        long prevDelta = times[from + 1] - times[from];
        out.writeZigZag(prevDelta);
        for (int i = 2; i < count; i++) {
            long delta = times[from + i] - times[from + i - 1];
            dod[i - 2] = VarInts.zigZag(delta - prevDelta);
            prevDelta = delta;
        }
        packAll(dod, out);
    }

    private static void writeScaled(double[] values, int from, int count, double divisor, ByteSink out) {
        out.writeLongLE(Double.doubleToLongBits(divisor));
        long[] deltas = new long[count - 1];
        int gaps = 0;
        long prev = 0;
        long[] gapIndex = new long[count];
        for (int i = 0; i < count; i++) {
            double v = values[from + i];
            long scaled = prev;
            if (Double.isNaN(v)) {
                gapIndex[gaps++] = i;
            } else {
                scaled = Math.round(v * divisor);
            }
            if (i == 0) {
                out.writeZigZag(scaled);
            } else {
                deltas[i - 1] = VarInts.zigZag(scaled - prev);
            }
            prev = scaled;
        }
        packAll(deltas, out);
        out.writeVarLong(gaps);
        long prevGap = 0;
        for (int g = 0; g < gaps; g++) {
            out.writeVarLong(gapIndex[g] - prevGap);
            prevGap = gapIndex[g];
        }
    }

    private static void packAll(long[] zz, ByteSink out) {
        for (int i = 0; i < zz.length; i += BitPacking.BLOCK) {
            BitPacking.packBlock(zz, i, Math.min(BitPacking.BLOCK, zz.length - i), out);
        }
    }

    private static void readTimes(byte[] buf, int[] cursor, int count, long[] times, int off) {
        long t = VarInts.readZigZag(buf, cursor);
        times[off] = t;
        if (count == 1) {
            return;
        }
        long delta = VarInts.readZigZag(buf, cursor);
        t += delta;
        times[off + 1] = t;
        int pos = cursor[0];
        int k = off + 2;
        int end = off + count;
        while (k < end) {
            int n = Math.min(BitPacking.BLOCK, end - k);
            int w = width(buf, pos++);
            if (w == 0) {
                for (int i = 0; i < n; i++) {
                    t += delta;
                    times[k + i] = t;
                }
            } else {
                checkBlock(buf, pos, n, w);
                long mask = BitPacking.mask(w);
                if (w <= BitPacking.ONE_WORD) {
                    int bit = pos << 3;
                    for (int i = k; i < k + n; i++, bit += w) {
                        long z = (BitPacking.word(buf, bit >>> 3) >>> (bit & 7)) & mask;
                        delta += (z >>> 1) ^ -(z & 1);
                        t += delta;
                        times[i] = t;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        long z = BitPacking.get(buf, pos, i, w, mask);
                        delta += (z >>> 1) ^ -(z & 1);
                        t += delta;
                        times[k + i] = t;
                    }
                }
                pos += BitPacking.blockBytes(n, w);
            }
            k += n;
        }
        cursor[0] = pos;
    }

    private static void readScaled(byte[] buf, int[] cursor, int count, double[] values, int off) {
        double divisor = Double.longBitsToDouble(VarInts.readLongLE(buf, cursor[0]));
        if (!(divisor >= 1 && divisor <= 1e9)) {
            throw new CorruptChunkException("implausible divisor " + divisor);
        }
        cursor[0] += 8;
        long v = VarInts.readZigZag(buf, cursor);
        boolean unit = divisor == 1;
        values[off] = unit ? v : v / divisor;
        int pos = cursor[0];
        int k = off + 1;
        int end = off + count;
        while (k < end) {
            int n = Math.min(BitPacking.BLOCK, end - k);
            int w = width(buf, pos++);
            if (w == 0) {
                java.util.Arrays.fill(values, k, k + n, unit ? v : v / divisor);
            } else {
                checkBlock(buf, pos, n, w);
                v = w <= BitPacking.ONE_WORD ? unpackValues(buf, pos, w, v, divisor, values, k, n)
                        : unpackWideValues(buf, pos, w, v, divisor, values, k, n);
                pos += BitPacking.blockBytes(n, w);
            }
            k += n;
        }
        cursor[0] = pos;
        readGaps(buf, cursor, count, values, off);
    }

    /** Blocks of width up to 56 bits: every value sits in one unaligned word, no branch per value. */
    private static long unpackValues(byte[] buf, int pos, int w, long v, double divisor, double[] values, int k, int n) {
        long mask = BitPacking.mask(w);
        int bit = pos << 3;
        if (divisor == 1) {
            for (int i = k; i < k + n; i++, bit += w) {
                long z = (BitPacking.word(buf, bit >>> 3) >>> (bit & 7)) & mask;
                v += (z >>> 1) ^ -(z & 1);
                values[i] = v;
            }
        } else {
            for (int i = k; i < k + n; i++, bit += w) {
                long z = (BitPacking.word(buf, bit >>> 3) >>> (bit & 7)) & mask;
                v += (z >>> 1) ^ -(z & 1);
                values[i] = v / divisor; // division, not * (1/divisor): 12.345 stays 12.345
            }
        }
        return v;
    }

    private static long unpackWideValues(byte[] buf, int pos, int w, long v, double divisor, double[] values, int k, int n) {
        long mask = BitPacking.mask(w);
        for (int i = 0; i < n; i++) {
            long z = BitPacking.get(buf, pos, i, w, mask);
            v += (z >>> 1) ^ -(z & 1);
            values[k + i] = divisor == 1 ? v : v / divisor;
        }
        return v;
    }

    private static void readGaps(byte[] buf, int[] cursor, int count, double[] values, int off) {
        long gaps = VarInts.readVarLong(buf, cursor);
        if (gaps < 0 || gaps > count) {
            throw new CorruptChunkException("implausible gap count " + gaps);
        }
        long index = 0;
        for (long g = 0; g < gaps; g++) {
            index += VarInts.readVarLong(buf, cursor);
            if (index < 0 || index >= count) {
                throw new CorruptChunkException("gap index " + index + " outside the chunk");
            }
            values[off + (int) index] = Double.NaN;
        }
    }

    private static int width(byte[] buf, int pos) {
        if (pos >= buf.length - 8) {
            throw new CorruptChunkException("chunk ends inside its blocks");
        }
        int w = buf[pos] & 0xFF;
        if (w > 64) {
            throw new CorruptChunkException("block width " + w);
        }
        return w;
    }

    private static void checkBlock(byte[] buf, int pos, int n, int w) {
        if (pos + BitPacking.blockBytes(n, w) > buf.length - 8) {
            throw new CorruptChunkException("block of " + n + " values at width " + w + " runs past the chunk");
        }
    }
}
