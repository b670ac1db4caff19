package io.sightline.series;

/**
 * A snapshot's final samples followed by its provisional tail, as one read-only sequence: index
 * {@code finals.size()} is the first provisional sample. For readers that want the newest values, final or not
 * (the crosshair, the checklist); {@link #isProvisional(int)} tells which is which. Not for a decimation
 * pyramid: tail indexes change with every new tail.
 */
final class WithProvisional implements Series.Snapshot {
    private final Series.Snapshot finals;
    private final Provisional tail;
    private final int finalSize;

    WithProvisional(Series.Snapshot finals, Provisional tail) {
        this.finals = finals;
        this.tail = tail;
        this.finalSize = finals.size();
    }

    @Override
    public int size() {
        return finalSize + tail.size();
    }

    @Override
    public long time(int index) {
        return index < finalSize ? finals.time(index) : tail.time(checked(index) - finalSize);
    }

    @Override
    public double value(int index) {
        return index < finalSize ? finals.value(index) : tail.value(checked(index) - finalSize);
    }

    private int checked(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size());
        }
        return index;
    }

    @Override
    public int lowerBound(long timeMillis) {
        int i = finals.lowerBound(timeMillis);
        if (i < finalSize) {
            return i;
        }
        int j = 0;
        while (j < tail.size() && tail.time(j) < timeMillis) {
            j++; // a tail is a minute of buckets at most: a scan is enough
        }
        return finalSize + j;
    }

    @Override
    public long firstIndex() {
        return finals.firstIndex();
    }

    @Override
    public Provisional provisional() {
        return tail;
    }

    @Override
    public Series.Snapshot withProvisional() {
        return this;
    }

    @Override
    public boolean isProvisional(int index) {
        return index >= finalSize;
    }
}
