package io.sightline.source.jmx;

import java.time.Duration;

/** Capped exponential backoff for reconnects: 0.5 s, 1 s, 2 s, ... up to the cap, reset on success. */
final class Backoff {
    private final long initialMillis;
    private final long capMillis;
    private long nextMillis;

    Backoff(Duration initial, Duration cap) {
        this.initialMillis = initial.toMillis();
        this.capMillis = cap.toMillis();
        this.nextMillis = initialMillis;
    }

    /** The delay before the next attempt; doubles the one after, up to the cap. */
    long next() {
        long d = nextMillis;
        nextMillis = Math.min(capMillis, nextMillis * 2);
        return d;
    }

    void reset() {
        nextMillis = initialMillis;
    }
}
