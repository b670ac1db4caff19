package io.sightline.source.log;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Per-source settings every parser needs: the zone for timestamps that carry no offset, a clock offset for
 * hosts whose clocks disagree, the date for layouts that print only the time of day, and the stats to count into.
 */
public final class ParseContext {
    private final ZoneId zone;
    private final long clockOffsetMillis;
    private final LocalDate defaultDate;
    private final Clock clock;
    private final LogStats stats;
    private final LocalTimes times;
    private long lastTime = Long.MIN_VALUE;
    private UptimeAnchor uptimeAnchor;

    public ParseContext(ZoneId zone, Duration clockOffset, LocalDate defaultDate, Clock clock, LogStats stats) {
        this.zone = zone;
        this.clockOffsetMillis = clockOffset.toMillis();
        this.defaultDate = defaultDate;
        this.clock = clock;
        this.stats = stats;
        this.times = new LocalTimes(zone);
    }

    public static ParseContext defaults(LogStats stats) {
        Clock clock = Clock.systemDefaultZone();
        return new ParseContext(ZoneId.systemDefault(), Duration.ZERO, LocalDate.now(clock), clock, stats);
    }

    /** A fresh context with the same settings and its own stats (for a parallel range reader). */
    public ParseContext copy(LogStats newStats) {
        ParseContext c = new ParseContext(zone, Duration.ofMillis(clockOffsetMillis), defaultDate, clock, newStats);
        c.uptimeAnchor = uptimeAnchor;
        return c;
    }

    /** For logs that print JVM uptime only: where uptime meets the wall clock (see {@link UptimeAnchor}). */
    void uptimeAnchor(UptimeAnchor anchor) {
        this.uptimeAnchor = anchor;
    }

    UptimeAnchor uptimeAnchor() {
        return uptimeAnchor;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate defaultDate() {
        return defaultDate;
    }

    public Clock clock() {
        return clock;
    }

    public LogStats stats() {
        return stats;
    }

    LocalTimes times() {
        return times;
    }

    /** Applies the clock offset and remembers the time for lines that carry none. */
    long stamp(long parsedMillis) {
        long t = parsedMillis + clockOffsetMillis;
        lastTime = t;
        return t;
    }

    /** Time for a line without one: the last stamped time, or now before any. */
    long lastTime() {
        return lastTime != Long.MIN_VALUE ? lastTime : clock.millis() + clockOffsetMillis;
    }
}
