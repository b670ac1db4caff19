package io.sightline.capture.codec;

/**
 * Min and max per block of {@value #BLOCK} samples of a chunk, with each block's start time, so an overview of
 * a whole capture (min/max per pixel column) needs only these few bytes instead of decoding every sample.
 *
 * <p>Layout per block: varint offset of its first sample from the previous block's first sample (the first
 * from the chunk's first time), float min, float max (little-endian). Floats are rounded outwards, so the
 * envelope never hides a value; a block of only gaps has NaN for both.
 */
public final class ChunkSummary {
    public static final int BLOCK = 256;

    private ChunkSummary() {
    }

    public static byte[] encode(long[] times, double[] values, int from, int count) {
        ByteSink out = new ByteSink(count / BLOCK * 12 + 12);
        long prevStart = times[from];
        for (int b = from; b < from + count; b += BLOCK) {
            int end = Math.min(from + count, b + BLOCK);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = b; i < end; i++) {
                double v = values[i];
                if (v < min) {
                    min = v;
                }
                if (v > max) {
                    max = v;
                }
            }
            out.writeVarLong(times[b] - prevStart);
            prevStart = times[b];
            out.writeFloatLE(min > max ? Float.NaN : down(min));
            out.writeFloatLE(min > max ? Float.NaN : up(max));
        }
        return out.toByteArray();
    }

    /** Calls {@code visitor} for each block: start time, min, max. */
    public static void forEach(byte[] summary, long chunkFirstTime, BlockVisitor visitor) {
        int[] cursor = {0};
        long start = chunkFirstTime;
        while (cursor[0] < summary.length) {
            start += VarInts.readVarLong(summary, cursor);
            float min = VarInts.readFloatLE(summary, cursor[0]);
            float max = VarInts.readFloatLE(summary, cursor[0] + 4);
            cursor[0] += 8;
            visitor.accept(start, min, max);
        }
    }

    @FunctionalInterface
    public interface BlockVisitor {
        void accept(long startTime, double min, double max);
    }

    private static float down(double v) {
        float f = (float) v;
        return f > v ? Math.nextDown(f) : f;
    }

    private static float up(double v) {
        float f = (float) v;
        return f < v ? Math.nextUp(f) : f;
    }
}
