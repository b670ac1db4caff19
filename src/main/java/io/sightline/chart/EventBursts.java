package io.sightline.chart;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Event ticks worth drawing on the replay scrubber: restarts, pool timeouts, database refusals, checklist actions,
 * notes. (The charts draw fewer: {@link io.sightline.series.EventKinds#isChartMarker}.) A burst of one kind — a pool timing out 40 times in 3 s — is one mark at its start,
 * so "next event" moves to the next thing that happened and the scrubber shows the onset instead of a solid band.
 */
public final class EventBursts {
    /** Events of one kind closer than this to the previous one belong to the same burst. */
    public static final long BURST_GAP_MILLIS = 10_000;
    /** Kinds too frequent or too routine to mark: they stay in the log pane. */
    private static final Set<String> UNMARKED = Set.of(EventKinds.LOG_POOL_STATS, EventKinds.LOG_UNPARSED,
            EventKinds.LOG_SOURCE_STATUS, EventKinds.THREAD_DUMP);

    /** One mark: the first event of a burst and how many events the burst holds. */
    public record Tick(long time, Event first, int count) {
    }

    private EventBursts() {
    }

    /** Ticks for {@code events} (time order), oldest first. */
    public static List<Tick> of(List<Event> events) {
        List<Tick> ticks = new ArrayList<>();
        Map<String, Integer> openBurst = new HashMap<>();
        Map<String, Long> lastOfKind = new HashMap<>();
        for (Event e : events) {
            if (UNMARKED.contains(e.kind())) {
                continue;
            }
            Long last = lastOfKind.put(e.kind(), e.timeMillis());
            Integer open = openBurst.get(e.kind());
            if (last != null && open != null && e.timeMillis() - last < BURST_GAP_MILLIS) {
                Tick t = ticks.get(open);
                ticks.set(open, new Tick(t.time(), t.first(), t.count() + 1));
            } else {
                openBurst.put(e.kind(), ticks.size());
                ticks.add(new Tick(e.timeMillis(), e, 1));
            }
        }
        return ticks;
    }

    /** The first tick strictly after {@code t}, or null. */
    public static Tick after(List<Tick> ticks, long t) {
        for (Tick k : ticks) {
            if (k.time() > t) {
                return k;
            }
        }
        return null;
    }

    /** The last tick strictly before {@code t}, or null. */
    public static Tick before(List<Tick> ticks, long t) {
        Tick found = null;
        for (Tick k : ticks) {
            if (k.time() >= t) {
                break;
            }
            found = k;
        }
        return found;
    }
}
