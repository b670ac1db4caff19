package io.sightline.source.jmx;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;

import java.time.Clock;
import java.time.Duration;

/** A poll context tuned for tests: pools looked up every 300 ms, reconnect backoff from 100 ms up to 1 s. */
final class FastPolling implements AutoCloseable {
    final Lifecycle lifecycle = new Lifecycle();
    final SeriesStore store = new SeriesStore();
    final PollContext context = new PollContext(store, Clock.systemUTC(), lifecycle, Duration.ofMillis(300),
            Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofSeconds(1));

    /** Starts polling {@code spec} every {@code interval}; the poller ends with this context. */
    TargetPoller poll(TargetSpec spec, Duration interval) {
        TargetPoller p = lifecycle.own(new TargetPoller(spec, Credentials.NONE, context));
        p.setInterval(interval);
        p.start();
        return p;
    }

    TargetPoller poll(String name, String address, Duration interval) {
        return poll(new TargetSpec(name, address, null, false, null), interval);
    }

    @Override
    public void close() {
        lifecycle.close();
    }
}
