package io.sightline.chart;

import java.time.Duration;

/** The range buttons: the last 5 minutes ... 24 hours, or everything retained. */
public enum RangePreset {
    M5("5m", Duration.ofMinutes(5)),
    M15("15m", Duration.ofMinutes(15)),
    H1("1h", Duration.ofHours(1)),
    H6("6h", Duration.ofHours(6)),
    H24("24h", Duration.ofHours(24)),
    ALL("all", null);

    private final String label;
    private final Duration span;

    RangePreset(String label, Duration span) {
        this.label = label;
        this.span = span;
    }

    public String label() {
        return label;
    }

    /** The span, or null for {@link #ALL} (oldest retained sample to now). */
    public Duration span() {
        return span;
    }

    public static RangePreset byLabel(String label) {
        for (RangePreset p : values()) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        return M15;
    }
}
