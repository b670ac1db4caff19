package io.sightline.series;

import java.util.Arrays;

/**
 * A series' provisional tail: samples after its last final one whose values may still change (log buckets still
 * open behind the watermark, see DESIGN.md "Late samples"). Immutable; the series' writer replaces it as a whole,
 * so a reader sees one tail or the next, never a mix. Times ascend and all lie after the final samples; a
 * {@code NaN} value is a gap, as in the series.
 *
 * <p>Never recorded (captures hold final data only) and never part of {@link Series.Snapshot}'s indexes: a
 * reader that wants it asks {@link Series.Snapshot#provisional()} or {@link Series.Snapshot#withProvisional()}.
 */
public final class Provisional {
    public static final Provisional NONE = new Provisional(new long[0], new double[0], 0);

    private final long[] times;
    private final double[] values;
    private final long version;

    private Provisional(long[] times, double[] values, long version) {
        this.times = times;
        this.values = values;
        this.version = version;
    }

    /**
     * A tail of the given samples that lie after {@code after} (the last final time), in ascending order; any
     * other sample is dropped rather than allowed to overlap or reorder the final data. The arrays are copied.
     */
    static Provisional of(long[] times, double[] values, long after, long version) {
        if (times.length != values.length) {
            throw new IllegalArgumentException("provisional tail: " + times.length + " times but " + values.length
                    + " values");
        }
        long[] t = new long[times.length];
        double[] v = new double[values.length];
        int n = 0;
        long previous = after;
        for (int i = 0; i < times.length; i++) {
            if (times[i] > previous) {
                t[n] = times[i];
                v[n++] = values[i];
                previous = times[i];
            }
        }
        return new Provisional(Arrays.copyOf(t, n), Arrays.copyOf(v, n), version);
    }

    /** This tail without its samples at or before {@code time} (a final sample overtook them); itself if none. */
    Provisional after(long time, long newVersion) {
        if (times.length == 0 || times[0] > time) {
            return this;
        }
        int from = 0;
        while (from < times.length && times[from] <= time) {
            from++;
        }
        return new Provisional(Arrays.copyOfRange(times, from, times.length),
                Arrays.copyOfRange(values, from, values.length), newVersion);
    }

    public int size() {
        return times.length;
    }

    public boolean isEmpty() {
        return times.length == 0;
    }

    public long time(int index) {
        return times[index];
    }

    public double value(int index) {
        return values[index];
    }

    /** Changes whenever the writer replaces or trims the tail: a cheap "did it change" for repaint fingerprints. */
    public long version() {
        return version;
    }
}
