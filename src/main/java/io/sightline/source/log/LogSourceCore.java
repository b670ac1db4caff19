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
    private final String target;
    private final String eventSource;
    private final SeriesStore store;
    private final Clock clock;
    private final LogStats stats = new LogStats();
    private final DerivedMetrics metrics;
    private final LogPipeline pipeline;
    private final ParseContext ctx;

    LogSourceCore(String target, LogOptions options, SeriesStore store, Clock clock) {
        this.target = target;
        this.eventSource = "log/" + target;
        this.store = store;
        this.clock = clock;
        this.ctx = new ParseContext(options.zone(), options.clockOffset(),
                LocalDate.now(clock.withZone(options.zone())), clock, stats);
        this.metrics = new DerivedMetrics(1000, options.watermark().toMillis(), new SeriesBucketSink(store, target),
                stats);
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

    /** After a batch of bytes: refresh what charts show as provisional. */
    void afterBatch() {
        synchronized (pipeline) {
            metrics.publishProvisional();
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
        }
    }

    void status(Severity severity, String text, String what) {
        store.events().add(new Event(clock.millis(), eventSource, EventKinds.LOG_SOURCE_STATUS, severity, text,
                Map.of("what", what)));
    }
}
