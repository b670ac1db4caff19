package io.sightline.checklist;

import io.sightline.series.Event;
import io.sightline.series.Series;
import io.sightline.series.SeriesStore;

import java.util.List;

/**
 * Runs the engine over a recorded store as the live console would have: at every step from the first sample to the
 * last, seeing only the data up to that instant. So "top since" is when a responder watching live would have seen
 * the answer, not when hindsight would pick it.
 */
public final class Replay {
    public static final long DEFAULT_STEP_MILLIS = 5_000;

    private Replay() {
    }

    /** The diagnosis at the end of the recording; null when the store holds no data at all. */
    public static Diagnosis diagnose(SeriesStore store, DiagnosisEngine engine, long stepMillis) {
        long[] range = timeRange(store);
        return range == null ? null : diagnoseAt(store, engine, stepMillis, range[1]);
    }

    /**
     * The diagnosis at a playhead, as a responder watching live would have had it then (the engine walks from the
     * first data to the playhead; pass a fresh engine when the playhead moves backwards). Null without data.
     */
    public static Diagnosis diagnoseAt(SeriesStore store, DiagnosisEngine engine, long stepMillis, long playhead) {
        long[] range = timeRange(store);
        if (range == null) {
            return null;
        }
        for (long t = range[0]; t < playhead; t += stepMillis) {
            engine.evaluate(store, t);
        }
        return engine.evaluate(store, playhead);
    }

    /** {first, last} sample or event time in the store, or null when it is empty. */
    public static long[] timeRange(SeriesStore store) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Series s : store.all()) {
            Series.Snapshot snap = s.snapshot();
            if (!snap.isEmpty()) {
                first = Math.min(first, snap.firstTime());
                last = Math.max(last, snap.lastTime());
            }
        }
        List<Event> events = store.events().all();
        if (!events.isEmpty()) {
            first = Math.min(first, events.get(0).timeMillis());
            last = Math.max(last, events.get(events.size() - 1).timeMillis());
        }
        return first == Long.MAX_VALUE ? null : new long[] {first, last};
    }
}
