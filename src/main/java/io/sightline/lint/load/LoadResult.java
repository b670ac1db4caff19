package io.sightline.lint.load;

import org.HdrHistogram.Histogram;

import java.time.Duration;

/**
 * What the run measured. {@code acquireMicros} holds the time every borrow waited, timed-out borrows included
 * (their wait is the connectionTimeout the user felt).
 */
public record LoadResult(long borrows, long timeouts, long errors, Histogram acquireMicros, Duration elapsed,
                         String firstError) {

    public double throughputPerSecond() {
        return borrows / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    public double acquireMillisAt(double percentile) {
        return acquireMicros.getTotalCount() == 0 ? 0 : acquireMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxAcquireMillis() {
        return acquireMicros.getTotalCount() == 0 ? 0 : acquireMicros.getMaxValue() / 1000.0;
    }
}
