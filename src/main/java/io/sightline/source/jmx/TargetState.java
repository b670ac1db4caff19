package io.sightline.source.jmx;

/**
 * Where a target's connection stands, as the sources panel and the status line show it.
 *
 * @param phase         the state
 * @param detail        one line: the failure reason, or what is connected
 * @param sinceMillis   when this phase began
 * @param nextAttemptMillis when RECONNECTING, when the next attempt starts; else 0
 */
public record TargetState(Phase phase, String detail, long sinceMillis, long nextAttemptMillis) {
    private static final java.time.format.DateTimeFormatter CLOCK =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneId.systemDefault());
    public enum Phase { IDLE, CONNECTING, CONNECTED, RECONNECTING, FAILED, STOPPED }

    public static TargetState of(Phase phase, String detail, long now) {
        return new TargetState(phase, detail, now, 0);
    }

    /**
     * One line for people, e.g. "reconnecting, next attempt 04:21:07 (in 4 s): target 'x' (...): connection
     * refused". The absolute time stays true in a view that is not redrawn every second.
     */
    public String describe(long now) {
        return switch (phase) {
            case RECONNECTING -> "reconnecting, next attempt " + CLOCK.format(java.time.Instant.ofEpochMilli(nextAttemptMillis))
                    + " (in " + Math.max(0, (nextAttemptMillis - now + 999) / 1000) + " s): " + detail;
            case FAILED -> "failed: " + detail;
            default -> phase.name().toLowerCase(java.util.Locale.ROOT) + (detail.isEmpty() ? "" : ": " + detail);
        };
    }
}
