package io.sightline.lint.load;

import java.time.Duration;

/** What the virtual users do: how many, for how long, which query, how long each holds its connection. */
public record LoadSettings(int concurrency, Duration duration, String query, Duration hold, Duration think) {
    public LoadSettings {
        if (concurrency < 1) {
            throw new IllegalArgumentException("--concurrency must be at least 1");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--duration must be positive");
        }
    }
}
