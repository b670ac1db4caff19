package io.sightline.source.log;

import io.sightline.series.Event;

/** Where a {@link LogProcessor} puts what is not a derived bucket: events, GC pauses, pool gauges. */
public interface LogOutputs {
    void event(Event event);

    /** False when events would be thrown away (the CLI printing metrics): they are then not even built. */
    default boolean wantsEvents() {
        return true;
    }

    void gcPause(long timeMillis, double pauseMillis, String kind);

    /** A pool number read from a log line ({@code hikari.active} etc.) for pool {@code pool}. */
    void poolGauge(long timeMillis, String pool, String metric, double value);
}
