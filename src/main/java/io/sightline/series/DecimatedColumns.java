package io.sightline.series;

/**
 * One series reduced to pixel columns over a time range: per column the min and max of its real values, the
 * first and last sample (either may be {@code NaN}, a gap), how many samples fell in it and whether any was a
 * gap. Plus the nearest sample outside each edge, so a line can run to the border. Reused frame after frame:
 * {@link Decimator} refills it without allocating once it is wide enough.
 */
public final class DecimatedColumns {
    private int width;
    double[] min = new double[0];
    double[] max = new double[0];
    double[] first = new double[0];
    double[] last = new double[0];
    int[] count = new int[0];
    boolean[] gap = new boolean[0];
    long from;
    long to;
    private int[] bounds = new int[0];
    /** Last sample before {@code from}; {@code beforeTime == Long.MIN_VALUE} when there is none. */
    long beforeTime;
    double beforeValue;
    /** First sample at or after {@code to}; {@code afterTime == Long.MIN_VALUE} when there is none. */
    long afterTime;
    double afterValue;

    void resize(int w) {
        width = w;
        if (min.length < w) {
            min = new double[w];
            max = new double[w];
            first = new double[w];
            last = new double[w];
            count = new int[w];
            gap = new boolean[w];
        }
    }

    /** Scratch space for the column boundaries of one decimation. */
    int[] bounds(int n) {
        if (bounds.length < n) {
            bounds = new int[n];
        }
        return bounds;
    }

    public int width() {
        return width;
    }

    public long from() {
        return from;
    }

    public long to() {
        return to;
    }

    /** Min of the real values in column {@code c}; only meaningful when {@link #hasValue(int)}. */
    public double min(int c) {
        return min[c];
    }

    public double max(int c) {
        return max[c];
    }

    public double first(int c) {
        return first[c];
    }

    public double last(int c) {
        return last[c];
    }

    public int count(int c) {
        return count[c];
    }

    /** True when a gap sample ({@code NaN}) fell in column {@code c}. */
    public boolean gap(int c) {
        return gap[c];
    }

    /** True when column {@code c} holds at least one real value. */
    public boolean hasValue(int c) {
        return min[c] <= max[c];
    }

    public boolean hasBefore() {
        return beforeTime != Long.MIN_VALUE;
    }

    public long beforeTime() {
        return beforeTime;
    }

    public double beforeValue() {
        return beforeValue;
    }

    public boolean hasAfter() {
        return afterTime != Long.MIN_VALUE;
    }

    public long afterTime() {
        return afterTime;
    }

    public double afterValue() {
        return afterValue;
    }

    /** Smallest real value over all columns, or {@code +Infinity} when there is none. */
    public double overallMin() {
        double m = Double.POSITIVE_INFINITY;
        for (int c = 0; c < width; c++) {
            m = Math.min(m, min[c]);
        }
        return m;
    }

    /** Largest real value over all columns, or {@code -Infinity} when there is none. */
    public double overallMax() {
        double m = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < width; c++) {
            m = Math.max(m, max[c]);
        }
        return m;
    }
}
