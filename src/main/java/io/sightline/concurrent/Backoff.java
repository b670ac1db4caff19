package io.sightline.concurrent;

import java.time.Duration;

/**
 * Capped exponential backoff, shared by everything that retries: reconnecting to a JMX target or a database,
 * restarting a log command. Initial delay, doubled per failure, never above max. The policy is immutable;
 * {@link #delays()} gives the running sequence of one retrier.
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

    /** The delay after {@code previous} (null: the first failure). */
    public Duration next(Duration previous) {
        if (previous == null) {
            return initial;
        }
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }

    /**
     * For something that runs and then exits (a restarted command): a run that lasted at least {@code max} counts
     * as healthy, so the next delay starts from {@code initial} again.
     */
    public Duration next(Duration previous, Duration ranFor) {
        return ranFor.compareTo(max) >= 0 ? initial : next(previous);
    }

    public Delays delays() {
        return new Delays(this);
    }

    /** One retrier's sequence of delays; not thread-safe (one retry loop owns it). */
    public static final class Delays {
        private final Backoff policy;
        private Duration last;

        private Delays(Backoff policy) {
            this.policy = policy;
        }

        /** The delay before the next attempt; doubles the one after, up to the cap. */
        public long nextMillis() {
            last = policy.next(last);
            return last.toMillis();
        }

        /** After a success: the next failure waits the initial delay again. */
        public void reset() {
            last = null;
        }
    }
}
