package io.sightline.checklist.evidence;

import io.sightline.series.Event;
import io.sightline.series.EventAttributes;
import io.sightline.series.EventKinds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The newest thread dump of each target within the stale window, thread counts per class summed over targets.
 * A missing class counts as unknown (NaN), not zero: a dumper may not classify everything.
 */
record ThreadDump(long time, List<Event> dumps, Map<String, Double> counts) {
    static final List<String> CLASSES = List.of(EventAttributes.DUMP_WAITING_FOR_POOL, EventAttributes.DUMP_JDBC_IO,
            EventAttributes.DUMP_DOWNSTREAM_IO, EventAttributes.DUMP_BLOCKED, EventAttributes.DUMP_RUNNABLE);

    /** The newest dumps, or null when there is none recent enough. Computed once per evaluation. */
    static ThreadDump latest(EvidenceContext ctx) {
        return ctx.memo("thread-dump", () -> newest(ctx));
    }

    private static ThreadDump newest(EvidenceContext ctx) {
        List<Event> recent = ctx.events(Set.of(EventKinds.THREAD_DUMP), ctx.now() - ctx.windows().stale());
        Map<String, Event> newestPerSource = new HashMap<>();
        recent.forEach(e -> newestPerSource.put(e.source(), e));
        if (newestPerSource.isEmpty()) {
            return null;
        }
        Map<String, Double> counts = new HashMap<>();
        long time = 0;
        for (Event dump : newestPerSource.values()) {
            time = Math.max(time, dump.timeMillis());
            for (String key : dump.attributes().keySet()) {
                double n = parse(dump.attribute(key));
                if (!Double.isNaN(n)) {
                    counts.merge(key, n, Double::sum);
                }
            }
        }
        return new ThreadDump(time, new ArrayList<>(newestPerSource.values()), counts);
    }

    double count(String key) {
        Double n = counts.get(key);
        return n == null ? Double.NaN : n;
    }

    /** Threads in the known classes; NaN when the dump classified none. */
    double classified() {
        double sum = 0;
        boolean any = false;
        for (String c : CLASSES) {
            double n = count(c);
            if (!Double.isNaN(n)) {
                sum += n;
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    }

    String summary() {
        return String.format("%s waiting for a connection, %s in JDBC I/O, %s in downstream I/O, %s blocked, %s runnable",
                Strength.number(count(EventAttributes.DUMP_WAITING_FOR_POOL)), Strength.number(count(EventAttributes.DUMP_JDBC_IO)),
                Strength.number(count(EventAttributes.DUMP_DOWNSTREAM_IO)), Strength.number(count(EventAttributes.DUMP_BLOCKED)),
                Strength.number(count(EventAttributes.DUMP_RUNNABLE)));
    }

    /** A count attribute of a dump event; NaN when absent or not a number. */
    static double parse(String s) {
        if (s == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
