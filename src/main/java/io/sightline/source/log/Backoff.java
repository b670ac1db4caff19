package io.sightline.source.log;

import java.time.Duration;

/**
 * Capped exponential backoff for restarting a command: initial, doubled per quick exit, never above max; a run
 * that lasted at least max counts as healthy and resets it.
 */
public record Backoff(Duration initial, Duration max) {
    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    public static Backoff defaults() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    Duration next(Duration previous, Duration ranFor) {
        if (previous == null || ranFor.compareTo(max) >= 0) {
            return initial;
        }
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}
