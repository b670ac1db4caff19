package io.sightline.report;

import io.sightline.checklist.Diagnosis;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.SeriesStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * The postmortem's timeline from detection to resolution: symptoms, restarts and pool configuration changes, what
 * Sightline concluded and when, and every responder action and note recorded in the capture.
 */
final class Timeline {
    /** A config-changed event this close to a change read from the recorded PoolConfig values says the same thing. */
    private static final long SAME_CHANGE_MILLIS = 30_000;
    private static final Map<String, String> PREFIX = Map.of(
            EventKinds.CHECKLIST_ACTION, "responder: ",
            EventKinds.NOTE, "responder note: ",
            EventKinds.ANNOTATION, "responder note: ",
            EventKinds.CHECKLIST_GUARD, "Sightline warned the responder: ",
            EventKinds.CHECKLIST_TOP_CHANGED, "Sightline: ",
            EventKinds.TARGET_RESTARTED, "",
            EventKinds.POOL_CONFIG_CHANGED, "");

    private final TreeMap<Long, List<String>> entries = new TreeMap<>();

    Timeline(SeriesStore store, Diagnosis diagnosis, long[] window, List<ConfigChanges.Change> changes,
             LongFunction<String> at) {
        add(window[0], "symptoms start (threads waiting for a connection, pool timeouts or 5xx responses)");
        for (long[] run : IncidentWindow.runs(store)) {
            if (run[1] < window[0] || run[0] > window[1]) {
                add(run[0], "a shorter burst of symptoms, until " + at.apply(run[1]) + " (not counted in the incident window)");
            }
        }
        boolean liveDetection = false;
        for (Event e : store.events().all()) {
            String prefix = PREFIX.get(e.kind());
            if (prefix == null || (e.kind().equals(EventKinds.POOL_CONFIG_CHANGED) && covered(e, changes))) {
                continue;
            }
            boolean verdict = e.kind().equals(EventKinds.CHECKLIST_TOP_CHANGED);
            if (verdict && (e.timeMillis() < window[0] || e.timeMillis() > window[1])) {
                continue; // before the incident or after recovery, the leading guess is noise, not a detection
            }
            liveDetection |= e.kind().equals(EventKinds.CHECKLIST_TOP_CHANGED);
            add(e.timeMillis(), prefix + e.text());
        }
        if (!liveDetection) {
            // Recorded headless: say when the checklist, replayed over the capture, would have named the cause.
            add(diagnosis.topSince(), "detection: Sightline's checklist, replayed over the capture, ranks `"
                    + diagnosis.top().id() + "` first");
        }
        changes.forEach(c -> add(c.time(), c.text(at)));
        add(window[1], "symptoms end");
    }

    /**
     * When the checklist first put the root cause on top during the incident: live, as recorded in the capture; for
     * a headless recording, when the checklist replayed over it does.
     */
    static long detection(SeriesStore store, Diagnosis diagnosis, long[] window) {
        String top = diagnosis.top().id();
        return store.events().all().stream()
                .filter(e -> e.kind().equals(EventKinds.CHECKLIST_TOP_CHANGED) && top.equals(e.attribute("hypothesis")))
                .filter(e -> e.timeMillis() >= window[0] && e.timeMillis() <= window[1])
                .mapToLong(Event::timeMillis).min().orElse(diagnosis.topSince());
    }

    void append(StringBuilder md, LongFunction<String> at) {
        md.append("## Timeline\n\n");
        entries.forEach((t, list) -> list.forEach(text -> md.append("- ").append(at.apply(t)).append(" — ")
                .append(text).append('\n')));
        md.append('\n');
    }

    private void add(long t, String text) {
        entries.computeIfAbsent(t, k -> new ArrayList<>()).add(text);
    }

    private static boolean covered(Event e, List<ConfigChanges.Change> changes) {
        String pool = e.attribute("pool");
        return changes.stream().anyMatch(c -> c.pool().equals(pool) && Math.abs(c.time() - e.timeMillis()) <= SAME_CHANGE_MILLIS);
    }
}
