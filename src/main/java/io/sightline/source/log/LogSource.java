package io.sightline.source.log;

import io.sightline.source.Source;

/**
 * What the file and the command source share for their users: the line hook for a viewer, the status line,
 * what became of every line, and the per-second derived metrics with their provisional (open) buckets.
 */
public abstract class LogSource implements Source {
    final LogSourceCore core;
    volatile String status = "not started";

    LogSource(LogSourceCore core) {
        this.core = core;
    }

    @Override
    public String name() {
        return core.name();
    }

    /** Every line as text, on the source's thread (e.g. {@link LineWindow#append}); set before {@link #start()}. */
    public void onLine(java.util.function.Consumer<String> listener) {
        core.pipeline().onLine(listener);
    }

    /** Every line into {@code lines} with its time, as a source named after this one's target; before {@link #start()}. */
    public void feed(LiveLines lines) {
        core.pipeline().onParsedLine(lines.newFeed(core.target()));
    }

    @Override
    public String status() {
        return status + " · " + core.stats().snapshot().summary();
    }

    public LogStats.Snapshot stats() {
        return core.stats().snapshot();
    }

    /**
     * Per-second derived metrics: {@code provisional()} open buckets and {@code isFinal(time)}. Charts and the
     * checklist need not ask: the open buckets are published into each series' provisional tail.
     */
    public DerivedMetrics metrics() {
        return core.metrics();
    }

    /** The format in use: the user's, or the detected one once enough lines were sampled (null before). */
    public LogFormat format() {
        return core.pipeline().format();
    }
}
