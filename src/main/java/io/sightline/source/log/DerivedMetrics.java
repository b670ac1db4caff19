package io.sightline.source.log;

import org.HdrHistogram.Histogram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Per-interval request rate, latency percentiles (HdrHistogram), 4xx/5xx, exception and pool-timeout rates,
 * for lines that arrive out of order. A bucket stays open until the watermark (newest line time minus
 * {@code watermarkMillis}) passes its end; then it is final and handed to the sink once, in time order, so the
 * sink can append to an append-only series. Open buckets are visible as {@link #provisional()} and
 * {@link #isFinal(long)} says which side of the line a time is on. Lines older than the last final bucket are
 * counted as late, never silently merged into a value already published.
 *
 * <p>Single writer: the source's thread calls the mutators; any thread may call {@link #provisional()} and
 * {@link #isFinal(long)}.
 */
public final class DerivedMetrics {
    /** Longer stretches without lines are a gap, not thousands of zero buckets. */
    static final int MAX_FILLED_EMPTY_BUCKETS = 3600;
    public static final long BATCH = Long.MAX_VALUE;

    private final long width;
    private final long watermark;
    private final Consumer<BucketValues> sink;
    private final LogStats stats;
    private final TreeMap<Long, Bucket> open = new TreeMap<>();
    private final Deque<Histogram> spareHistograms = new ArrayDeque<>();
    private Bucket last;
    private long newest = Long.MIN_VALUE;
    private volatile long finalBefore = Long.MIN_VALUE;
    private volatile List<BucketValues> provisional = List.of();
    /** Writer-only: a line was counted or a bucket became final since the last {@link #publishProvisional()}. */
    private boolean changed;

    /**
     * @param widthMillis     interval length (1000 for the per-second series, 60000 for {@code --metrics 1m})
     * @param watermarkMillis how far behind the newest line a bucket becomes final; {@link #BATCH} keeps all
     *                        open until {@link #flush()} (whole-file runs)
     */
    public DerivedMetrics(long widthMillis, long watermarkMillis, Consumer<BucketValues> sink, LogStats stats) {
        this.width = widthMillis;
        this.watermark = watermarkMillis;
        this.sink = sink;
        this.stats = stats;
    }

    public void request(long time, int status, long latencyMicros) {
        Bucket b = bucket(time);
        if (b != null) {
            b.request(status, latencyMicros, b.latencyMicros == null && latencyMicros >= 0 ? spare() : null);
        }
    }

    /** One application-log entry (for the entries rate; a quiet log still shows it is alive). */
    public void entry(long time) {
        Bucket b = bucket(time);
        if (b != null) {
            b.entries++;
        }
    }

    public void exception(long time, String cls) {
        Bucket b = bucket(time);
        if (b != null) {
            b.exception(cls);
        }
    }

    public void poolTimeout(long time) {
        Bucket b = bucket(time);
        if (b != null) {
            b.poolTimeouts++;
        }
    }

    public void gcPause(long time, double ms) {
        Bucket b = bucket(time);
        if (b != null) {
            b.gcPause(ms);
        }
    }

    /** True when the interval holding {@code time} is final: its values will not change. */
    public boolean isFinal(long time) {
        return time < finalBefore;
    }

    /** The open (provisional) intervals as of the last {@link #publishProvisional()}, oldest first. */
    public List<BucketValues> provisional() {
        return provisional;
    }

    /** Recomputes the provisional view; the source calls it after each batch of lines, not per line. */
    public void publishProvisional() {
        changed = false;
        List<BucketValues> out = new ArrayList<>(open.size());
        for (Bucket b : open.values()) {
            out.add(b.values(width));
        }
        provisional = List.copyOf(out);
    }

    /** Whether the open buckets changed since the last {@link #publishProvisional()} (writer thread only). */
    boolean changedSincePublish() {
        return changed;
    }

    /** The end of the last final interval ({@code Long.MIN_VALUE} before the first): open ones start here or later. */
    long finalEnd() {
        return finalBefore;
    }

    /** Makes every open bucket final (end of a file, source closed). */
    public void flush() {
        while (!open.isEmpty()) {
            finish(open.pollFirstEntry().getValue());
        }
        last = null;
        provisional = List.of();
    }

    /** Adds a reader's open buckets into this one (the two range readers of one file); both must be BATCH. */
    void mergeOpen(DerivedMetrics other) {
        for (Map.Entry<Long, Bucket> e : other.open.entrySet()) {
            Bucket mine = open.get(e.getKey());
            if (mine == null) {
                open.put(e.getKey(), e.getValue());
            } else {
                mine.merge(e.getValue());
            }
        }
        other.open.clear();
        newest = Math.max(newest, other.newest);
    }

    private Bucket bucket(long time) {
        long start = Math.floorDiv(time, width) * width;
        changed = true; // counted, or counted as late: either way the published view may be stale
        if (last != null && last.start == start) {
            return last;
        }
        if (start < finalBefore) {
            stats.late();
            return null;
        }
        Bucket b = open.get(start);
        if (b == null) {
            b = new Bucket(start);
            open.put(start, b);
        }
        last = b;
        if (time > newest) {
            newest = time;
            advance();
        }
        return b;
    }

    /**
     * The source is idle at wall time {@code nowMillis} (its input is read to the end): the watermark moves
     * with the clock too, so the last buckets become final when lines stop, not only when newer lines come.
     */
    public void idle(long nowMillis) {
        if (watermark != BATCH) {
            finishBefore(Math.max(newest, nowMillis) - watermark);
        }
    }

    private void advance() {
        if (watermark == BATCH) {
            return;
        }
        finishBefore(newest - watermark);
    }

    private void finishBefore(long mark) {
        while (!open.isEmpty() && open.firstKey() + width <= mark) {
            Bucket b = open.pollFirstEntry().getValue();
            if (b == last) {
                last = null;
            }
            finish(b);
        }
    }

    private void finish(Bucket b) {
        changed = true;
        long prevEnd = finalBefore;
        if (prevEnd != Long.MIN_VALUE && b.start > prevEnd) {
            long missing = (b.start - prevEnd) / width;
            if (missing > MAX_FILLED_EMPTY_BUCKETS) {
                sink.accept(BucketValues.gap(prevEnd, width));
            } else {
                for (long t = prevEnd; t < b.start; t += width) {
                    sink.accept(BucketValues.empty(t, width));
                }
            }
        }
        sink.accept(b.values(width));
        finalBefore = b.start + width;
        if (b.latencyMicros != null) {
            b.latencyMicros.reset();
            spareHistograms.push(b.latencyMicros);
            b.latencyMicros = null;
        }
    }

    private Histogram spare() {
        Histogram h = spareHistograms.poll();
        return h != null ? h : Bucket.newHistogram();
    }
}
