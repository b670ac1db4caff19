package io.sightline.series;

import java.util.Arrays;

/**
 * Min/max of a {@link Series} over aligned blocks of 64, 128, 256, ... samples, so the extremes of any index
 * range cost O(log n) instead of a scan. Chart decimation asks one range per pixel column, which makes a frame's
 * cost depend on the pixel width, not on the number of points.
 *
 * <p>The writer never pays: the pyramid catches up lazily from the snapshot handed to each query (only
 * complete blocks are stored; the unfinished tail is scanned raw). Gaps ({@code NaN}) are left out of min/max
 * but flagged per block, so a break survives decimation. Blocks are keyed by the series' logical index
 * ({@link Series.Snapshot#firstIndex()}), so retention dropping old chunks keeps the pyramid valid; dropped
 * blocks are released. One pyramid per series, used by one reader at a time (methods are synchronized).
 */
public final class MinMaxPyramid {
    static final int BASE_SHIFT = 6;
    static final int BASE = 1 << BASE_SHIFT;
    private static final int MAX_LEVELS = 40;

    private final Level[] levels = new Level[MAX_LEVELS];
    private int levelCount;
    private long seenEnd;

    /** Min, max and gap flag of a range; reused by callers to avoid allocation per column. */
    public static final class Extent {
        public double min;
        public double max;
        public boolean gap;

        public void reset() {
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
            gap = false;
        }

        /** True when the range held at least one real (non-gap) value. */
        public boolean hasValue() {
            return min <= max;
        }

        void add(double v) {
            if (Double.isNaN(v)) {
                gap = true;
            } else {
                if (v < min) {
                    min = v;
                }
                if (v > max) {
                    max = v;
                }
            }
        }
    }

    /** Brings the pyramid up to date with {@code s}; cheap when nothing new was appended. */
    public synchronized void update(Series.Snapshot s) {
        long first = s.firstIndex();
        long end = first + s.size();
        if (end < seenEnd) { // not the same append-only series any more (a replaced replay): start over
            java.util.Arrays.fill(levels, null);
            levelCount = 0;
        }
        seenEnd = end;
        long start = ceilDiv(first, BASE);
        Level base = level(0);
        base.advanceStart(start);
        for (long j = base.end; j < end >> BASE_SHIFT; j++) {
            base.append(s, (int) (j * BASE - first));
        }
        for (int k = 1; k < MAX_LEVELS; k++) {
            Level below = levels[k - 1];
            if (below.end - below.start < 2) {
                break;
            }
            Level l = level(k);
            l.advanceStart(ceilDiv(below.start, 2));
            for (long j = l.end; j < below.end >> 1; j++) {
                l.combine(below, j);
            }
        }
    }

    /**
     * Adds min/max/gap of samples {@code from <= index < to} of {@code s} (snapshot indexes) into {@code out}.
     * Exactly the result of scanning every sample.
     */
    public synchronized void extent(Series.Snapshot s, int from, int to, Extent out) {
        update(s);
        extentOfUpdated(s, from, to, out);
    }

    /**
     * {@link #extent} without catching up first: for callers that updated with {@code s} and hold this
     * pyramid's lock across many queries (one decimation), so a frame pays for the catch-up once.
     */
    void extentOfUpdated(Series.Snapshot s, int from, int to, Extent out) {
        long first = s.firstIndex();
        long lo = ceilDiv(first + from, BASE);
        long hi = (first + to) >> BASE_SHIFT;
        Level base = levels[0];
        if (lo >= hi || lo < base.start || hi > base.end) {
            scan(s, from, to, out);
            return;
        }
        scan(s, from, (int) (lo * BASE - first), out);
        scan(s, (int) (hi * BASE - first), to, out);
        for (int k = 0; lo < hi; k++) {
            Level l = levels[k];
            Level up = k + 1 < levelCount ? levels[k + 1] : null;
            long upLo = (lo + 1) >> 1;
            long upHi = hi >> 1;
            if (up == null || upLo >= upHi || upLo < up.start || upHi > up.end) {
                for (long j = lo; j < hi; j++) {
                    l.addTo(j, out);
                }
                return;
            }
            if ((lo & 1) == 1) {
                l.addTo(lo, out);
            }
            if ((hi & 1) == 1) {
                l.addTo(hi - 1, out);
            }
            lo = upLo;
            hi = upHi;
        }
    }

    /** Number of blocks held over all levels (for tests of retention). */
    synchronized long blocksHeld() {
        long n = 0;
        for (int k = 0; k < levelCount; k++) {
            n += levels[k].end - levels[k].start;
        }
        return n;
    }

    static void scan(Series.Snapshot s, int from, int to, Extent out) {
        for (int i = from; i < to; i++) {
            out.add(s.value(i));
        }
    }

    private Level level(int k) {
        if (levels[k] == null) {
            levels[k] = new Level();
            levelCount = k + 1;
        }
        return levels[k];
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /**
     * One level: blocks {@code start <= j < end}, stored from slot 0 = block {@code base}. Min and max sit side
     * by side (one cache line per block on big series) and gap flags are a bitset small enough to stay cached.
     */
    private static final class Level {
        private static final int INITIAL = 64;
        double[] minMax = new double[2 * INITIAL];
        long[] gaps = new long[INITIAL / 64];
        long base;
        long start;
        long end;
        private final Extent scratch = new Extent();

        void advanceStart(long newStart) {
            if (newStart <= start) {
                return;
            }
            if (newStart >= end) { // everything held was dropped (or the level is new)
                base = start = end = newStart;
                return;
            }
            start = newStart;
            int dead = (int) (start - base);
            if (dead > capacity() / 2) { // release dropped blocks now and then, not on every drop
                int live = (int) (end - start);
                System.arraycopy(minMax, 2 * dead, minMax, 0, 2 * live);
                long[] moved = new long[gaps.length];
                for (int i = 0; i < live; i++) {
                    if (gap(dead + i)) {
                        moved[i >>> 6] |= 1L << i;
                    }
                }
                gaps = moved;
                base = start;
            }
        }

        void append(Series.Snapshot s, int index) {
            Extent e = scratch;
            e.reset();
            scan(s, index, index + BASE, e);
            put(e.min, e.max, e.gap);
        }

        void combine(Level below, long j) {
            int a = (int) (2 * j - below.base);
            put(Math.min(below.minMax[2 * a], below.minMax[2 * a + 2]),
                    Math.max(below.minMax[2 * a + 1], below.minMax[2 * a + 3]), below.gap(a) || below.gap(a + 1));
        }

        private int capacity() {
            return minMax.length / 2;
        }

        private boolean gap(int slot) {
            return (gaps[slot >>> 6] & (1L << slot)) != 0;
        }

        private void put(double lo, double hi, boolean g) {
            int slot = (int) (end - base);
            if (slot == capacity()) {
                minMax = Arrays.copyOf(minMax, minMax.length * 2);
                gaps = Arrays.copyOf(gaps, Math.max(1, gaps.length * 2));
            }
            minMax[2 * slot] = lo;
            minMax[2 * slot + 1] = hi;
            if (g) {
                gaps[slot >>> 6] |= 1L << slot;
            } else {
                gaps[slot >>> 6] &= ~(1L << slot);
            }
            end++;
        }

        void addTo(long j, Extent out) {
            int slot = (int) (j - base);
            double lo = minMax[2 * slot];
            double hi = minMax[2 * slot + 1];
            if (lo < out.min) {
                out.min = lo;
            }
            if (hi > out.max) {
                out.max = hi;
            }
            out.gap |= gap(slot);
        }
    }
}
