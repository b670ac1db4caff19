package io.sightline.capture.replay;

import io.sightline.series.Event;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A replay of a loaded capture for the views: its range, the scrubber's clock, the event ticks, jumps from event
 * to event, and what is visible at the playhead. No JavaFX: the replay view model wraps it.
 */
public final class ReplaySession {
    private final SeriesStore store;
    private final ReplayClock clock;
    private final List<Event> ticks;

    /** The latest sample of a series at or before the playhead; {@code value} is NaN inside a gap. */
    public record Reading(long time, double value) {
    }

    /**
     * What the views show at {@code playhead}: charts span {@code [windowFrom, playhead]}, readouts show
     * {@code latest}, and the event list shows {@code events} of that window, oldest first.
     */
    public record Visible(long playhead, long windowFrom, Map<SeriesId, Reading> latest, List<Event> events) {
    }

    public ReplaySession(SeriesStore store, Clock wall) {
        this.store = store;
        this.ticks = store.events().all();
        long[] range = range(store, ticks);
        this.clock = new ReplayClock(wall, range[0], range[1]);
    }

    private static long[] range(SeriesStore store, List<Event> events) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (Series s : store.all()) {
            Series.Snapshot snap = s.snapshot();
            if (!snap.isEmpty()) {
                from = Math.min(from, snap.firstTime());
                to = Math.max(to, snap.lastTime());
            }
        }
        if (!events.isEmpty()) {
            from = Math.min(from, events.get(0).timeMillis());
            to = Math.max(to, events.get(events.size() - 1).timeMillis());
        }
        return from > to ? new long[] {0, 0} : new long[] {from, to};
    }

    public ReplayClock clock() {
        return clock;
    }

    public long start() {
        return clock.start();
    }

    public long end() {
        return clock.end();
    }

    /** Every event in time order: the scrubber draws one tick per event. */
    public List<Event> eventTicks() {
        return Collections.unmodifiableList(ticks);
    }

    /** Moves the playhead to the first event after it; false (and no move) when there is none. */
    public boolean nextEvent() {
        long now = clock.playhead();
        int i = firstAfter(now);
        if (i >= ticks.size()) {
            return false;
        }
        clock.seek(ticks.get(i).timeMillis());
        return true;
    }

    /** Moves the playhead to the last event before it; false (and no move) when there is none. */
    public boolean previousEvent() {
        long now = clock.playhead();
        int i = firstAfter(now - 1) - 1; // the last event strictly before now
        if (i < 0) {
            return false;
        }
        clock.seek(ticks.get(i).timeMillis());
        return true;
    }

    /** What is visible at the current playhead with a chart window of {@code window}. */
    public Visible visibleNow(Duration window) {
        return visibleAt(clock.playhead(), window);
    }

    /** What is visible at {@code t}: a binary search per series, cheap enough for every scrub step. */
    public Visible visibleAt(long t, Duration window) {
        long from = t - window.toMillis();
        Map<SeriesId, Reading> latest = new LinkedHashMap<>();
        for (Series s : store.matching(id -> true)) {
            Series.Snapshot snap = s.snapshot();
            int i = snap.floorIndex(t);
            if (i >= 0) {
                latest.put(s.id(), new Reading(snap.time(i), snap.value(i)));
            }
        }
        return new Visible(t, from, latest, store.events().between(from, t + 1));
    }

    /** Index of the first tick with time &gt; {@code t}. */
    private int firstAfter(long t) {
        int lo = 0;
        int hi = ticks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ticks.get(mid).timeMillis() <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Distinct tick times, for a scrubber that draws one mark per instant. */
    public List<Long> tickTimes() {
        List<Long> out = new ArrayList<>();
        for (Event e : ticks) {
            if (out.isEmpty() || out.get(out.size() - 1) != e.timeMillis()) {
                out.add(e.timeMillis());
            }
        }
        return out;
    }
}
