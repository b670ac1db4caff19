package io.sightline.chart;

import io.sightline.series.Metrics;
import io.sightline.series.SeriesId;

import java.util.List;

/** The standard panels and the agreed metrics each one picks up on its own as series appear. */
public enum PanelKind {
    POOL("Pool", List.of(Metrics.POOL_ACTIVE, Metrics.POOL_IDLE, Metrics.POOL_TOTAL, Metrics.POOL_WAITING,
            Metrics.POOL_MAX)),
    LATENCY("Latency", List.of(Metrics.LATENCY_P50, Metrics.LATENCY_P95, Metrics.LATENCY_P99)),
    ERRORS("Errors", List.of(Metrics.HTTP_5XX_RATE, Metrics.EXCEPTION_RATE, Metrics.POOL_TIMEOUT_RATE)),
    JVM("JVM", List.of(Metrics.HEAP_USED, Metrics.GC_SHARE, Metrics.THREADS_LIVE)),
    /** A panel the user filled by dragging series into it. */
    CUSTOM("Custom", List.of());

    private final String title;
    private final List<String> metrics;

    PanelKind(String title, List<String> metrics) {
        this.title = title;
        this.metrics = metrics;
    }

    public String title() {
        return title;
    }

    public List<String> metrics() {
        return metrics;
    }

    public boolean matches(SeriesId id) {
        return metrics.contains(id.metric());
    }

    /** The panels a fresh workspace starts with. */
    public static List<PanelKind> defaults() {
        return List.of(POOL, LATENCY, ERRORS, JVM);
    }
}
