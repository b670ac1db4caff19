package io.sightline.capture.codec;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkCodecTest {
    private final Random random = new Random(42);

    @Test
    void scaledGaugesRoundTripExactlyAndCompressToUnderAQuarterByte() {
        int n = 2048;
        long[] t = regularTimes(n, 100, 0);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 10 + (i / 300) % 3; // a pool gauge that steps now and then
        }
        byte[] chunk = ChunkCodec.encode(t, v, 0, n, ValueEncoding.scaled(1));
        assertRoundTrip(chunk, t, v, n);
        assertThat((double) chunk.length / n).isLessThan(0.25);
    }

    @Test
    void latencyInMillisecondsIsStoredAsWholeMicroseconds() {
        int n = 1000;
        long[] t = regularTimes(n, 100, 3);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round((5 + random.nextGaussian()) * 1000) / 1000.0; // ms with µs precision
        }
        byte[] chunk = ChunkCodec.encode(t, v, 0, n, ValueEncoding.scaled(1000));
        assertRoundTrip(chunk, t, v, n);
    }

    @Test
    void gapsSurviveAsNaN() {
        long[] t = {1000, 1100, 1200, 1300, 1400};
        double[] v = {Double.NaN, 2, Double.NaN, 3.5, Double.NaN};
        byte[] chunk = ChunkCodec.encode(t, v, 0, 5, ValueEncoding.scaled(10));
        assertRoundTrip(chunk, t, v, 5);
    }

    @Test
    void valuesThatCannotBeIntegersFallBackToExactDoubles() {
        long[] t = {1, 2, 3};
        double[] v = {1.5, Double.POSITIVE_INFINITY, 1e300};
        byte[] chunk = ChunkCodec.encode(t, v, 0, 3, ValueEncoding.scaled(1));
        assertThat(chunk[1]).isEqualTo((byte) 1);
        assertRoundTrip(chunk, t, v, 3);
    }

    @Test
    void xorRoundTripsArbitraryDoublesAndIrregularTimes() {
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(3000);
            long[] t = new long[n];
            double[] v = new double[n];
            long time = 1_700_000_000_000L + random.nextInt(1000);
            for (int i = 0; i < n; i++) {
                time += random.nextInt(5) == 0 ? random.nextInt(1 << 20) : 100 + random.nextInt(7) - 3;
                t[i] = time;
                v[i] = switch (random.nextInt(4)) {
                    case 0 -> random.nextDouble() * 1e6;
                    case 1 -> i > 0 ? v[i - 1] : 0;
                    case 2 -> Double.longBitsToDouble(random.nextLong());
                    default -> -random.nextInt(100);
                };
            }
            assertRoundTrip(ChunkCodec.encode(t, v, 0, n, ValueEncoding.XOR), t, v, n);
        }
    }

    @Test
    void fullWidthDeltasRoundTrip() {
        long[] t = {Long.MIN_VALUE / 4, 0, Long.MAX_VALUE / 4, Long.MAX_VALUE / 4 + 1};
        double[] v = {-4e15, 4e15, -4e15, 0};
        assertRoundTrip(ChunkCodec.encode(t, v, 0, 4, ValueEncoding.scaled(1)), t, v, 4);
    }

    @Test
    void decodeOfDamagedBytesFailsCleanlyOrYieldsSomething() {
        long[] t = regularTimes(500, 100, 5);
        double[] v = new double[500];
        for (int i = 0; i < 500; i++) {
            v[i] = random.nextInt(1000);
        }
        byte[] chunk = ChunkCodec.encode(t, v, 0, 500, ValueEncoding.scaled(1));
        List<Class<?>> failures = new ArrayList<>();
        for (int trial = 0; trial < 500; trial++) {
            byte[] bad = chunk.clone();
            for (int k = 0; k < 4; k++) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt();
            }
            try {
                int n = ChunkCodec.count(bad);
                ChunkCodec.decode(bad, new long[n], new double[n], 0);
            } catch (CorruptChunkException e) {
                failures.add(e.getClass());
            }
        }
        // Damage is reported as CorruptChunkException, never as an index error or a hang; the row CRC
        // (see CaptureReader) catches damage that still decodes.
        assertThat(failures).isNotEmpty();
        assertThatThrownBy(() -> ChunkCodec.count(new byte[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9}))
                .isInstanceOf(CorruptChunkException.class).hasMessageContaining("format 9");
    }

    @Test
    void summaryEnvelopesEveryValue() {
        int n = 1000;
        long[] t = regularTimes(n, 100, 2);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian() * 1234.567;
        }
        v[300] = Double.NaN;
        byte[] summary = ChunkSummary.encode(t, v, 0, n);
        List<double[]> blocks = new ArrayList<>();
        ChunkSummary.forEach(summary, t[0], (start, min, max) -> blocks.add(new double[] {start, min, max}));
        assertThat(blocks).hasSize(4);
        for (int b = 0; b < blocks.size(); b++) {
            assertThat((long) blocks.get(b)[0]).isEqualTo(t[b * ChunkSummary.BLOCK]);
            for (int i = b * ChunkSummary.BLOCK; i < Math.min(n, (b + 1) * ChunkSummary.BLOCK); i++) {
                if (!Double.isNaN(v[i])) {
                    assertThat(v[i]).isBetween(blocks.get(b)[1], blocks.get(b)[2]);
                }
            }
        }
    }

    private long[] regularTimes(int n, int step, int jitter) {
        long[] t = new long[n];
        long base = 1_700_000_000_000L;
        for (int i = 0; i < n; i++) {
            t[i] = base + (long) i * step + (jitter == 0 ? 0 : random.nextInt(jitter + 1));
            if (i > 0 && t[i] < t[i - 1]) {
                t[i] = t[i - 1];
            }
        }
        return t;
    }

    private static void assertRoundTrip(byte[] chunk, long[] t, double[] v, int n) {
        assertThat(ChunkCodec.count(chunk)).isEqualTo(n);
        long[] times = new long[n + 3];
        double[] values = new double[n + 3];
        assertThat(ChunkCodec.decode(chunk, times, values, 3)).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(times[i + 3]).as("time %d", i).isEqualTo(t[i]);
            if (Double.isNaN(v[i])) {
                assertThat(values[i + 3]).as("value %d", i).isNaN();
            } else {
                assertThat(Double.doubleToLongBits(values[i + 3])).as("value %d: %s vs %s", i, values[i + 3], v[i])
                        .isEqualTo(Double.doubleToLongBits(v[i]));
            }
        }
    }
}
