package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Event;
import io.sightline.series.EventAttributes;
import io.sightline.series.EventKinds;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts recognised log lines of some kinds over a window: database refusals, lock waits, leak detection,
 * network errors. One line is already a fact worth showing; {@code full} lines make it unmistakable.
 */
public final class EventCount implements EvidenceRule {
    private final String id;
    private final Set<String> kinds;
    private final String what;
    private final double full;
    private final boolean longWindow;

    /**
     * @param what       what the lines are, for the text: "database refusals (too many clients)"
     * @param full       how many lines in the window make the strength 1
     * @param longWindow count over the leak window (slow signals) instead of the events window
     */
    public EventCount(String id, List<String> kinds, String what, double full, boolean longWindow) {
        this.id = id;
        this.kinds = new LinkedHashSet<>(kinds);
        this.what = what;
        this.full = full;
        this.longWindow = longWindow;
    }

    public static EventCount dbRefusals() {
        return new EventCount(EvidenceIds.DB_REFUSALS, List.of(EventKinds.LOG_DB_REFUSED), "database refusals (too many clients)", 3, false);
    }

    public static EventCount lockWaits() {
        return new EventCount(EvidenceIds.DB_LOCK_WAITS, List.of(EventKinds.LOG_DB_LOCK), "lock wait timeouts or deadlocks", 3, false);
    }

    public static EventCount slowQueryLines() {
        return new EventCount(EvidenceIds.DB_SLOW_QUERY_LINES, List.of(EventKinds.LOG_SLOW_QUERY), "slow-statement lines", 5, false);
    }

    public static EventCount validationFailures() {
        return new EventCount(EvidenceIds.DB_VALIDATION_FAILURES, List.of(EventKinds.LOG_VALIDATION_FAILED), "connections found dead on validation", 3, false);
    }

    public static EventCount networkErrors() {
        return new EventCount(EvidenceIds.NETWORK_ERRORS, List.of(EventKinds.LOG_NETWORK), "network errors", 5, false);
    }

    public static EventCount leakLines() {
        return new EventCount(EvidenceIds.LEAK_LINES, List.of(EventKinds.LOG_CONNECTION_LEAK), "connection leak detection lines", 2, true);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        long window = longWindow ? ctx.windows().leak() : ctx.windows().events();
        List<Event> lines = ctx.events(kinds, ctx.now() - window);
        if (lines.isEmpty() && !ctx.logsWatched()) {
            return Evidence.unknown(id, "No log source watched: " + what + " unknown.");
        }
        String span = Strength.duration(window);
        if (lines.isEmpty()) {
            return new EvidenceBuilder(id).value(0).fact("windowMs", window).text("No " + what + " in the last " + span).absent();
        }
        // Per failure type (the recogniser's "type" attribute, e.g. read-timeout, lock-wait), else per kind.
        Map<String, Integer> perType = new LinkedHashMap<>();
        lines.forEach(e -> perType.merge(typeOf(e), 1, Integer::sum));
        EvidenceBuilder b = new EvidenceBuilder(id).value(lines.size()).since(lines.get(0).timeMillis()).events(lines)
                .fact("count", lines.size()).fact("windowMs", window);
        StringBuilder detail = new StringBuilder();
        perType.forEach((t, n) -> {
            b.fact(t, n);
            if (perType.size() > 1) {
                detail.append(detail.length() == 0 ? " (" : ", ").append(n).append(' ').append(t);
            }
        });
        if (detail.length() > 0) {
            detail.append(')');
        }
        String last = lines.get(lines.size() - 1).text();
        b.text(lines.size() + " " + what + " in the last " + span + detail + "; latest: " + abbreviate(last));
        return b.present(Strength.ramp(lines.size(), 0, full));
    }

    private static String typeOf(Event e) {
        String type = e.attribute(EventAttributes.TYPE);
        return type == null || type.isBlank() ? e.kind().substring(e.kind().lastIndexOf('.') + 1) : type;
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
