package io.sightline.series;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The decimated picture must be exactly the brute-force min/max per pixel column: charts must never lie. */
class DecimatorTest {
    private static final SeriesId ID = SeriesId.parse("jmx/t/hikari.active{pool=p}");
    private static int seed = 1;

    @RepeatedTest(40)
    void pyramidDecimationEqualsBruteForceOnRandomData() {
        SplittableRandom r = new SplittableRandom(seed++);
        Series s = randomSeries(r, 1 + r.nextInt(60_000), 0);
        MinMaxPyramid pyramid = new MinMaxPyramid();
        for (int q = 0; q < 25; q++) {
            Series.Snapshot snap = s.snapshot();
            long t0 = snap.firstTime() - 500;
            long t1 = snap.lastTime() + 500;
            long from = t0 + r.nextLong(t1 - t0);
            long to = from + 1 + r.nextLong(Math.max(1, t1 - from));
            int width = 1 + r.nextInt(2001);
            assertSamePicture(snap, pyramid, from, to, width);
            appendMore(r, s, r.nextInt(3000)); // the pyramid must catch up lazily between queries
        }
    }

    @Test
    void wholeSeriesAtManyWidthsIncludingMoreColumnsThanSamples() {
        SplittableRandom r = new SplittableRandom(7);
        Series s = randomSeries(r, 10_000, 0);
        MinMaxPyramid pyramid = new MinMaxPyramid();
        Series.Snapshot snap = s.snapshot();
        for (int width : new int[] {1, 2, 3, 7, 333, 1001, 1599, 20_000, 50_000}) {
            assertSamePicture(snap, pyramid, snap.firstTime(), snap.lastTime() + 1, width);
        }
    }

    @Test
    void staysExactWhenRetentionDropsOldChunks() {
        SplittableRandom r = new SplittableRandom(11);
        Series s = randomSeries(r, 50_000, 60_000); // one minute of retention, 100 ms apart
        MinMaxPyramid pyramid = new MinMaxPyramid();
        for (int q = 0; q < 30; q++) {
            appendMore(r, s, 5_000);
            Series.Snapshot snap = s.snapshot();
            assertThat(snap.firstIndex()).isPositive();
            long from = snap.firstTime() + r.nextLong(1000);
            assertSamePicture(snap, pyramid, from, snap.lastTime() - r.nextLong(1000), 1 + r.nextInt(1500));
        }
        assertThat(pyramid.blocksHeld()).as("dropped blocks are released").isLessThan(3 * s.size() / 8);
    }

    @Test
    void aPyramidHandedAShorterSeriesStartsOverInsteadOfLying() {
        SplittableRandom r = new SplittableRandom(5);
        MinMaxPyramid pyramid = new MinMaxPyramid();
        Series.Snapshot big = randomSeries(r, 20_000, 0).snapshot();
        assertSamePicture(big, pyramid, big.firstTime(), big.lastTime() + 1, 300);
        Series.Snapshot other = randomSeries(r, 5_000, 0).snapshot(); // e.g. a replay reloaded
        assertSamePicture(other, pyramid, other.firstTime(), other.lastTime() + 1, 300);
    }

    @Test
    void gapSurvivesDecimationAsAFlaggedColumn() {
        Series s = new Series(ID, Unit.CONNECTIONS, 0);
        for (int i = 0; i < 100_000; i++) {
            if (i == 50_000) {
                s.appendGap(i * 100L);
            } else {
                s.append(i * 100L, 5);
            }
        }
        DecimatedColumns out = new DecimatedColumns();
        Series.Snapshot snap = s.snapshot();
        Decimator.decimate(snap, new MinMaxPyramid(), 0, 100_000 * 100L, 100, out);
        assertThat(out.gap(50)).isTrue();
        assertThat(out.gap(49)).isFalse();
        assertThat(out.gap(51)).isFalse();
        assertThat(out.hasValue(50)).as("the column still shows the real values around the gap").isTrue();
    }

    static void assertSamePicture(Series.Snapshot snap, MinMaxPyramid pyramid, long from, long to, int width) {
        DecimatedColumns fast = new DecimatedColumns();
        Decimator.decimate(snap, pyramid, from, to, width, fast);
        Brute brute = new Brute(snap, from, to, width);
        String where = "range [" + from + "," + to + ") width " + width;
        for (int c = 0; c < width; c++) {
            assertThat(fast.count(c)).as("count col %d %s", c, where).isEqualTo(brute.count[c]);
            assertThat(fast.min(c)).as("min col %d %s", c, where).isEqualTo(brute.min[c]);
            assertThat(fast.max(c)).as("max col %d %s", c, where).isEqualTo(brute.max[c]);
            assertThat((Double) fast.first(c)).as("first col %d %s", c, where).isEqualTo(Double.valueOf(brute.first[c]));
            assertThat((Double) fast.last(c)).as("last col %d %s", c, where).isEqualTo(Double.valueOf(brute.last[c]));
            assertThat(fast.gap(c)).as("gap col %d %s", c, where).isEqualTo(brute.gap[c]);
        }
        assertThat(fast.hasBefore()).isEqualTo(brute.before >= 0);
        if (brute.before >= 0) {
            assertThat((Double) fast.beforeValue()).isEqualTo(Double.valueOf(snap.value(brute.before)));
        }
        assertThat(fast.hasAfter()).isEqualTo(brute.after >= 0);
        if (brute.after >= 0) {
            assertThat(fast.afterTime()).isEqualTo(snap.time(brute.after));
        }
    }

    private static Series randomSeries(SplittableRandom r, int n, long retention) {
        Series s = new Series(ID, Unit.CONNECTIONS, retention);
        appendMore(r, s, n);
        return s;
    }

    private static void appendMore(SplittableRandom r, Series s, int n) {
        Series.Snapshot snap = s.snapshot();
        long t = snap.isEmpty() ? 1_700_000_000_000L : snap.lastTime();
        for (int i = 0; i < n; i++) {
            t += r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(200); // equal times happen too
            if (r.nextInt(500) == 0) {
                s.appendGap(t);
            } else {
                s.append(t, r.nextInt(4) == 0 ? r.nextInt(20) : r.nextDouble(-1e6, 1e6));
            }
        }
    }

    /** Every sample placed in its column independently, by the pixel formula, then min/max by scanning. */
    private static final class Brute {
        final double[] min;
        final double[] max;
        final double[] first;
        final double[] last;
        final int[] count;
        final boolean[] gap;
        int before = -1;
        int after = -1;

        Brute(Series.Snapshot s, long from, long to, int width) {
            min = filled(width, Double.POSITIVE_INFINITY);
            max = filled(width, Double.NEGATIVE_INFINITY);
            first = filled(width, Double.NaN);
            last = filled(width, Double.NaN);
            count = new int[width];
            gap = new boolean[width];
            for (int i = 0; i < s.size(); i++) {
                long t = s.time(i);
                if (t < from) {
                    before = i;
                    continue;
                }
                if (t >= to) {
                    after = after < 0 ? i : after;
                    continue;
                }
                int c = (int) Math.floorDiv((t - from) * width, to - from);
                double v = s.value(i);
                if (count[c]++ == 0) {
                    first[c] = v;
                }
                last[c] = v;
                if (Double.isNaN(v)) {
                    gap[c] = true;
                } else {
                    min[c] = Math.min(min[c], v);
                    max[c] = Math.max(max[c], v);
                }
            }
        }

        private static double[] filled(int n, double v) {
            double[] a = new double[n];
            java.util.Arrays.fill(a, v);
            return a;
        }
    }
}
