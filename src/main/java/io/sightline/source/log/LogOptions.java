package io.sightline.source.log;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How to read one log source.
 *
 * @param format       the user's override, or null to detect by sampling
 * @param zone         zone of timestamps that carry no offset
 * @param clockOffset  added to every timestamp (a host whose clock is 3 s behind: {@code 3s})
 * @param fromStart    read a file from its beginning (else follow from its end)
 * @param history      also read rotated siblings ({@code app.log.2.gz}, {@code app.log.1}) first, oldest first
 * @param pollInterval how often a file is checked for new bytes, rotation and truncation
 * @param watermark    how long a per-second bucket stays open behind the newest line
 */
public record LogOptions(LogFormat format, ZoneId zone, Duration clockOffset, boolean fromStart, boolean history,
                         Duration pollInterval, Duration watermark) {
    public static final Duration DEFAULT_WATERMARK = Duration.ofSeconds(60);

    public LogOptions {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clockOffset, "clockOffset");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(watermark, "watermark");
        if (history && !fromStart) {
            throw new IllegalArgumentException("reading rotated history needs fromStart: following from the end "
                    + "skips the current file's past, so its older siblings would leave a hole");
        }
    }

    public static LogOptions defaults() {
        return new LogOptions(null, ZoneId.systemDefault(), Duration.ZERO, true, false, Duration.ofMillis(25),
                DEFAULT_WATERMARK);
    }

    public LogOptions withFormat(LogFormat f) {
        return new LogOptions(f, zone, clockOffset, fromStart, history, pollInterval, watermark);
    }

    public LogOptions withZone(ZoneId z) {
        return new LogOptions(format, z, clockOffset, fromStart, history, pollInterval, watermark);
    }

    public LogOptions withClockOffset(Duration d) {
        return new LogOptions(format, zone, d, fromStart, history, pollInterval, watermark);
    }

    public LogOptions fromEnd() {
        return new LogOptions(format, zone, clockOffset, false, false, pollInterval, watermark);
    }

    public LogOptions withHistory() {
        return new LogOptions(format, zone, clockOffset, true, true, pollInterval, watermark);
    }

    public LogOptions withPollInterval(Duration d) {
        return new LogOptions(format, zone, clockOffset, fromStart, history, d, watermark);
    }

    public LogOptions withWatermark(Duration d) {
        return new LogOptions(format, zone, clockOffset, fromStart, history, pollInterval, d);
    }
}
