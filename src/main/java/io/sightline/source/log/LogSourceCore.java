package io.sightline.source.log;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * What every live log source shares: the pipeline from bytes to parsed lines, per-second derived metrics with
 * their watermark, the outputs into the store, and source-status events. The file and command sources only
 * decide where bytes come from.
 */
final class LogSourceCore {
    /** Provisional tails refresh at most this often (5 per second): fresh enough for eyes and the checklist. */
    static final long PUBLISH_INTERVAL_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(200);
    private final String target;
    private final String eventSource;
    private final SeriesStore store;
    private final Clock clock;
    private final LogStats stats = new LogStats();
    private final DerivedMetrics metrics;
    private final SeriesBucketSink buckets;
    /** Source thread only (under the pipeline's lock): when the provisional tails were last published. */
    private long lastPublishNanos;
    private final LogPipeline pipeline;
    private final ParseContext ctx;

    LogSourceCore(String target, LogOptions options, SeriesStore store, Clock clock) {
        this.target = target;
        this.eventSource = "log/" + target;
        this.store = store;
        this.clock = clock;
        this.ctx = new ParseContext(options.zone(), options.clockOffset(),
                LocalDate.now(clock.withZone(options.zone())), clock, stats);
        this.buckets = new SeriesBucketSink(store, target);
        this.lastPublishNanos = System.nanoTime() - PUBLISH_INTERVAL_NANOS; // nanoTime may be negative: no 0 here
        this.metrics = new DerivedMetrics(1000, options.watermark().toMillis(), buckets, stats);
        LogProcessor processor = new LogProcessor(eventSource, metrics, new StoreOutputs(store, target));
        this.pipeline = new LogPipeline(ctx, options.format(), processor);
    }

    /** A file that may be a uptime-only GC log: anchor its uptimes to the wall clock (see {@link UptimeAnchor}). */
    void anchorUptime(java.nio.file.Path file) {
        ctx.uptimeAnchor(UptimeAnchor.of(file));
    }

    String target() {
        return target;
    }

    String name() {
        return eventSource;
    }

    LogPipeline pipeline() {
        return pipeline;
    }

    DerivedMetrics metrics() {
        return metrics;
    }

    LogStats stats() {
        return stats;
    }

    /**
     * After a batch of bytes (or an idle poll): publish the open buckets as the series' provisional tails, when
     * they changed and at most every {@link #PUBLISH_INTERVAL_NANOS}: percentiles of a minute of histograms are
     * not free, and charts repaint once per pulse anyway. A change not yet published waits for the next call.
     */
    void afterBatch() {
        synchronized (pipeline) {
            long now = System.nanoTime();
            if (!metrics.changedSincePublish() || now - lastPublishNanos < PUBLISH_INTERVAL_NANOS) {
                return;
            }
            lastPublishNanos = now;
            metrics.publishProvisional();
            buckets.provisional(metrics.provisional(), metrics.finalEnd());
        }
    }

    /** Nothing new to read: let the watermark follow the clock so the last buckets become final. */
    void idle() {
        synchronized (pipeline) {
            pipeline.idle();
            metrics.idle(clock.millis());
        }
    }

    /** Input over for good (source closed): the open buckets become final. */
    void finish() {
        synchronized (pipeline) { // the pipeline's lock guards the metrics too: one writer at a time
            pipeline.endOfInput();
            metrics.flush();
            buckets.provisional(java.util.List.of(), metrics.finalEnd()); // all final now: no tail left
        }
    }

    void status(Severity severity, String text, String what) {
        store.events().add(new Event(clock.millis(), eventSource, EventKinds.LOG_SOURCE_STATUS, severity, text,
                Map.of("what", what)));
    }
}
