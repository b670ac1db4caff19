package io.sightline.report;

import io.sightline.checklist.Diagnosis;
import io.sightline.checklist.Replay;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesStore;

import java.util.Set;

/**
 * The incident window: first to last sample showing a symptom (threads waiting for a connection, 5xx responses,
 * pool timeouts). Without any symptom it falls back to "top since" to the end of the capture.
 */
final class IncidentWindow {
    private static final Set<String> SYMPTOMS = Set.of(Metrics.POOL_WAITING, Metrics.HTTP_5XX_RATE, Metrics.POOL_TIMEOUT_RATE);

    private IncidentWindow() {
    }

    static long[] of(SeriesStore store, Diagnosis d) {
        long[] symptoms = symptoms(store);
        if (symptoms != null) {
            return symptoms;
        }
        long[] range = Replay.timeRange(store);
        return new long[] {Math.min(d.topSince(), range[1] - 1_000), range[1]};
    }

    /** The symptom window, or null when no symptom was ever seen. */
    static long[] symptoms(SeriesStore store) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Series s : store.matching(id -> SYMPTOMS.contains(id.metric()))) {
            Series.Snapshot snap = s.snapshot();
            for (int i = 0; i < snap.size(); i++) {
                if (snap.value(i) > 0) {
                    first = Math.min(first, snap.time(i));
                    last = Math.max(last, snap.time(i));
                }
            }
        }
        return first == Long.MAX_VALUE ? null : new long[] {first, Math.max(last, first + 1_000)};
    }
}
