package io.sightline.series;

import java.util.Arrays;

/**
 * One append-only time series on primitive arrays, written by one thread and read by many without locks.
 *
 * <p>Samples live in fixed-size chunks. The writer fills a slot, then publishes it by writing the volatile
 * {@link State}; a reader takes one {@link #snapshot()} and reads only what that snapshot covers, so it never
 * sees a half-written sample and never blocks the poller. Retention drops whole chunks from the front; a
 * snapshot taken before keeps its chunks alive until the reader lets go of it.
 *
 * <p>A gap (target unreachable, source stopped) is a sample whose value is {@code NaN}: charts draw it as a
 * break and never interpolate across it. Times are epoch milliseconds and never decrease.
 *
 * <p>After the final samples a series may carry a {@link Provisional} tail (log buckets still open behind the
 * watermark): the writer replaces it as a whole with {@link #setProvisional}, a final sample that reaches its
 * times drops them, and readers get it with the snapshot, so final and provisional data never overlap. Snapshot
 * indexes cover final samples only: what is captured or recorded is final.
 */
public final class Series {
    static final int CHUNK_SHIFT = 12;
    static final int CHUNK_SIZE = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;

    private final SeriesId id;
    private final Unit unit;
    private final long retentionMillis;

    /** Written only by the writer thread; published through {@link #state}. */
    private long[][] timeChunks = new long[0][];
    private double[][] valueChunks = new double[0][];
    private volatile State state = new State(new long[0][], new double[0][], 0, 0, Provisional.NONE);
    /** Written only by the writer thread: the version of the next provisional tail. */
    private long provisionalVersion;

    public Series(SeriesId id, Unit unit, long retentionMillis) {
        this.id = id;
        this.unit = unit;
        this.retentionMillis = retentionMillis;
    }

    public SeriesId id() {
        return id;
    }

    public Unit unit() {
        return unit;
    }

    /**
     * Appends a sample. Only the series' single writer calls this. A time before the last one is moved up to
     * it (samples stay ordered; the caller owns reordering, see the log watermark in DESIGN.md).
     */
    public void append(long timeMillis, double value) {
        State s = state;
        long index = s.first + s.size;
        int chunk = (int) ((index >>> CHUNK_SHIFT) - (s.first >>> CHUNK_SHIFT));
        if (chunk == timeChunks.length) {
            timeChunks = Arrays.copyOf(timeChunks, chunk + 1);
            valueChunks = Arrays.copyOf(valueChunks, chunk + 1);
            timeChunks[chunk] = new long[CHUNK_SIZE];
            valueChunks[chunk] = new double[CHUNK_SIZE];
        }
        int slot = (int) (index & CHUNK_MASK);
        long last = s.size > 0 ? s.time(s.size - 1) : Long.MIN_VALUE;
        long time = Math.max(timeMillis, last);
        timeChunks[chunk][slot] = time;
        valueChunks[chunk][slot] = value;
        Provisional tail = s.tail.after(time, provisionalVersion + 1);
        if (tail != s.tail) {
            provisionalVersion++;
        }
        State next = new State(timeChunks, valueChunks, s.first, s.size + 1, tail);
        state = dropExpired(next, timeMillis);
    }

    /**
     * Replaces the provisional tail with these samples (ascending times, after the last final sample; any that
     * are not are dropped). Only the series' single writer calls this; readers see the old or the new tail whole.
     * The arrays are copied. Empty arrays clear the tail.
     */
    public void setProvisional(long[] times, double[] values) {
        State s = state;
        if (times.length == 0 && s.tail.isEmpty()) {
            return;
        }
        long last = s.size > 0 ? s.time(s.size - 1) : Long.MIN_VALUE;
        state = new State(s.times, s.values, s.first, s.size, Provisional.of(times, values, last, ++provisionalVersion));
    }

    /** The current provisional tail ({@link Provisional#NONE} when there is none). */
    public Provisional provisional() {
        return state.tail;
    }

    /** Marks that no data exists from {@code timeMillis} until the next sample. */
    public void appendGap(long timeMillis) {
        State s = state;
        if (s.size > 0 && Double.isNaN(s.value(s.size - 1))) {
            // already in a gap: no new sample, but the gap is final up to here, so provisional ones go
            Provisional tail = s.tail.after(timeMillis, provisionalVersion + 1);
            if (tail != s.tail) {
                provisionalVersion++;
                state = new State(s.times, s.values, s.first, s.size, tail);
            }
            return;
        }
        append(timeMillis, Double.NaN);
    }

    private State dropExpired(State s, long now) {
        if (retentionMillis <= 0 || timeChunks.length < 2) {
            return s;
        }
        int drop = 0;
        // A chunk can go when it is full and its newest sample is older than the retention window.
        while (drop < timeChunks.length - 1 && timeChunks[drop][CHUNK_SIZE - 1] < now - retentionMillis
                && isFullChunk(s, drop)) {
            drop++;
        }
        if (drop == 0) {
            return s;
        }
        long firstInChunk0 = (s.first >>> CHUNK_SHIFT) << CHUNK_SHIFT;
        long newFirst = firstInChunk0 + (long) drop * CHUNK_SIZE;
        timeChunks = Arrays.copyOfRange(timeChunks, drop, timeChunks.length);
        valueChunks = Arrays.copyOfRange(valueChunks, drop, valueChunks.length);
        return new State(timeChunks, valueChunks, newFirst, (int) (s.first + s.size - newFirst), s.tail);
    }

    private static boolean isFullChunk(State s, int chunk) {
        long chunkEnd = (((s.first >>> CHUNK_SHIFT) + chunk + 1) << CHUNK_SHIFT);
        return s.first + s.size >= chunkEnd;
    }

    /** A consistent, immutable view of what has been appended so far, with the provisional tail of that moment. */
    public Snapshot snapshot() {
        return state;
    }

    public int size() {
        return state.size;
    }

    /** A consistent view of a series: indexes run from 0 (oldest retained) to {@code size() - 1}. */
    public interface Snapshot {
        int size();

        long time(int index);

        double value(int index);

        /** Index of the first sample at or after {@code timeMillis}; {@code size()} when there is none. */
        int lowerBound(long timeMillis);

        /** Index of the last sample at or before {@code timeMillis}; -1 when there is none. */
        default int floorIndex(long timeMillis) {
            int i = lowerBound(timeMillis);
            if (i < size() && time(i) == timeMillis) {
                while (i + 1 < size() && time(i + 1) == timeMillis) {
                    i++;
                }
                return i;
            }
            return i - 1;
        }

        /**
         * Logical index of sample 0 since the series began; grows when retention drops old chunks. Lets a
         * reader keep per-index state (a decimation pyramid) valid across drops.
         */
        default long firstIndex() {
            return 0;
        }

        default boolean isEmpty() {
            return size() == 0;
        }

        default long firstTime() {
            return time(0);
        }

        default long lastTime() {
            return time(size() - 1);
        }

        default double lastValue() {
            return value(size() - 1);
        }

        /** The provisional samples after this snapshot's final ones, taken at the same instant. */
        default Provisional provisional() {
            return Provisional.NONE;
        }

        /** This snapshot's final samples followed by its provisional tail, one index space (see isProvisional). */
        default Snapshot withProvisional() {
            Provisional tail = provisional();
            return tail.isEmpty() ? this : new WithProvisional(this, tail);
        }

        /** True when sample {@code index} belongs to the provisional tail (only in a {@link #withProvisional()}). */
        default boolean isProvisional(int index) {
            return false;
        }

        /** Calls {@code visitor} for every sample with {@code from <= time < to}, oldest first, without copying. */
        default void forEach(long from, long to, SampleVisitor visitor) {
            for (int i = lowerBound(from); i < size(); i++) {
                long t = time(i);
                if (t >= to) {
                    return;
                }
                visitor.accept(t, value(i));
            }
        }
    }

    @FunctionalInterface
    public interface SampleVisitor {
        void accept(long timeMillis, double value);
    }

    private static final class State implements Snapshot {
        final long[][] times;
        final double[][] values;
        /** Logical index (since the series began) of this snapshot's sample 0. */
        final long first;
        final int size;
        final Provisional tail;
        private final int offset;

        State(long[][] times, double[][] values, long first, int size, Provisional tail) {
            this.times = times;
            this.values = values;
            this.first = first;
            this.size = size;
            this.tail = tail;
            this.offset = (int) (first & CHUNK_MASK);
        }

        @Override
        public Provisional provisional() {
            return tail;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public long firstIndex() {
            return first;
        }

        @Override
        public long time(int index) {
            int i = checked(index) + offset;
            return times[i >>> CHUNK_SHIFT][i & CHUNK_MASK];
        }

        @Override
        public double value(int index) {
            int i = checked(index) + offset;
            return values[i >>> CHUNK_SHIFT][i & CHUNK_MASK];
        }

        private int checked(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + ", size " + size);
            }
            return index;
        }

        @Override
        public int lowerBound(long timeMillis) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (time(mid) < timeMillis) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
