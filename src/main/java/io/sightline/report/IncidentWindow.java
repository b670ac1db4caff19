package io.sightline.report;

import io.sightline.checklist.Diagnosis;
import io.sightline.checklist.Replay;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The incident window: the longest run of samples showing a symptom (threads waiting for a connection, 5xx
 * responses, pool timeouts), pauses shorter than {@link #MERGE_GAP_MILLIS} bridged. A short burst elsewhere (a
 * service warming up after a start, a blip after recovery) is not the incident. Without any symptom it falls back to
 * "top since" to the end of the capture.
 */
final class IncidentWindow {
    private static final Set<String> SYMPTOMS = Set.of(Metrics.POOL_WAITING, Metrics.HTTP_5XX_RATE, Metrics.POOL_TIMEOUT_RATE);
    /** Symptoms that stop for less than this are one incident: a saturated pool is not saturated every second. */
    static final long MERGE_GAP_MILLIS = 20_000;

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

    /** The incident's symptom window, or null when no symptom was ever seen. */
    static long[] symptoms(SeriesStore store) {
        List<long[]> runs = runs(store);
        long[] longest = null;
        for (long[] run : runs) {
            if (longest == null || run[2] >= longest[2]) {
                longest = run;
            }
        }
        return longest == null ? null : new long[] {longest[0], Math.max(longest[1], longest[0] + 1_000)};
    }

    /** Every run of symptoms as {first, last, samples}, in time order. */
    static List<long[]> runs(SeriesStore store) {
        long[] times = symptomTimes(store);
        List<long[]> runs = new ArrayList<>();
        for (long t : times) {
            long[] run = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (run != null && t - run[1] <= MERGE_GAP_MILLIS) {
                run[1] = t;
                run[2]++;
            } else {
                runs.add(new long[] {t, t, 1});
            }
        }
        return runs;
    }

    private static long[] symptomTimes(SeriesStore store) {
        long[] times = new long[64];
        int n = 0;
        for (Series s : store.matching(id -> SYMPTOMS.contains(id.metric()))) {
            Series.Snapshot snap = s.snapshot();
            for (int i = 0; i < snap.size(); i++) {
                if (snap.value(i) > 0) {
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = snap.time(i);
                }
            }
        }
        long[] sorted = Arrays.copyOf(times, n);
        Arrays.sort(sorted);
        return sorted;
    }
}
