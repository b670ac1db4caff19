package io.sightline.source.log;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.series.Unit;

import java.util.HashMap;
import java.util.Map;

/**
 * Live outputs into the series store: events into {@code store.events()}, GC pauses into
 * {@code log/<target>/gc.pause}, pool numbers into {@code log/<target>/hikari.*{pool=...}}. Raw-line events are
 * capped per source so a binary file cannot flood the event log; the rest are counted in {@link LogStats}.
 */
final class StoreOutputs implements LogOutputs {
    static final int MAX_UNPARSED_EVENTS = 1000;

    private final SeriesStore store;
    private final String target;
    private final Map<String, Series> gauges = new HashMap<>();
    private Series gcPause;
    private int unparsed;

    StoreOutputs(SeriesStore store, String target) {
        this.store = store;
        this.target = target;
    }

    @Override
    public void event(Event e) {
        if (e.kind().equals(EventKinds.LOG_UNPARSED) && ++unparsed > MAX_UNPARSED_EVENTS) {
            if (unparsed == MAX_UNPARSED_EVENTS + 1) {
                store.events().add(new Event(e.timeMillis(), e.source(), EventKinds.LOG_SOURCE_STATUS, Severity.WARN,
                        "more than " + MAX_UNPARSED_EVENTS + " unparsed lines: further ones are only counted", Map.of()));
            }
            return;
        }
        store.events().add(e);
    }

    @Override
    public void gcPause(long timeMillis, double pauseMillis, String kind) {
        if (gcPause == null) {
            gcPause = store.series(SeriesId.of(Metrics.SOURCE_LOG, target, Metrics.GC_PAUSE), Unit.MILLISECONDS);
        }
        gcPause.append(timeMillis, pauseMillis);
    }

    @Override
    public void poolGauge(long timeMillis, String pool, String metric, double value) {
        String label = pool.replaceAll("[{}=,/]", "_");
        String key = metric + '\u0000' + label;
        Series s = gauges.computeIfAbsent(key, k -> store.series(
                SeriesId.of(Metrics.SOURCE_LOG, target, metric, Map.of(Metrics.LABEL_POOL, label)),
                metric.equals(Metrics.POOL_WAITING) ? Unit.THREADS : Unit.CONNECTIONS));
        s.append(timeMillis, value);
    }
}
