package io.sightline.source.jmx;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every target poller shares: the store it writes, the clock, one small scheduler that only triggers ticks
 * ({@link TickScheduler}), a cached pool where ticks and connects run, and the connector.
 */
public final class PollContext {
    public static final Duration MIN_INTERVAL = Duration.ofMillis(100);
    public static final Duration MAX_INTERVAL = Duration.ofSeconds(60);
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    final SeriesStore store;
    final Clock clock;
    final ScheduledExecutorService scheduler;
    final ExecutorService workers;
    final JmxConnector connector;
    final TickScheduler ticks;
    /** How often pool MBeans are looked for again, so a pool that starts later appears. */
    final Duration rediscovery;
    /** At most one automatic thread dump per target this often while threads wait for a connection. */
    final Duration autoDumpSpacing;
    final Duration backoffInitial;
    final Duration backoffCap;

    public PollContext(SeriesStore store, Clock clock, Lifecycle lifecycle) {
        this(store, clock, lifecycle, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMillis(250),
                Duration.ofSeconds(30));
    }

    public PollContext(SeriesStore store, Clock clock, Lifecycle lifecycle, Duration rediscovery,
                       Duration autoDumpSpacing, Duration backoffInitial, Duration backoffCap) {
        this.store = store;
        this.clock = clock;
        this.scheduler = lifecycle.newScheduler("jmx-ticks");
        this.workers = lifecycle.newCachedPool("jmx-poll");
        this.connector = new JmxConnector(workers);
        this.ticks = new TickScheduler(scheduler, workers);
        this.rediscovery = rediscovery;
        this.autoDumpSpacing = autoDumpSpacing;
        this.backoffInitial = backoffInitial;
        this.backoffCap = backoffCap;
    }

    public SeriesStore store() {
        return store;
    }

    public JmxConnector connector() {
        return connector;
    }

    /** Fails fast on an interval outside 100 ms..60 s. */
    public static Duration checkInterval(Duration interval) {
        if (interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new IllegalArgumentException("poll interval " + interval.toMillis()
                    + " ms is outside 100 ms..60 s");
        }
        return interval;
    }
}
