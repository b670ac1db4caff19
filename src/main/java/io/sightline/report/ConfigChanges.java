package io.sightline.report;

import io.sightline.lint.Millis;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pool configuration changes read from the PoolConfig values recorded over JMX: a deploy that restarts the JVM
 * with a new pool size shows as the recorded maximum moving, even when no "config changed" event was raised (the
 * pool is new, so there is nothing to compare it with).
 */
final class ConfigChanges {
    /** Settings that moved within this long of each other are one change (one deploy). */
    private static final long SAME_CHANGE_MILLIS = 10_000;
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(Metrics.POOL_MAX, "maximumPoolSize");
        NAMES.put(Metrics.POOL_MIN_IDLE, "minimumIdle");
        NAMES.put(Metrics.POOL_CONNECTION_TIMEOUT, "connectionTimeout");
    }

    /** A reading this long after the previous one means the pool was not read in between (a restart). */
    private static final long GAP_MILLIS = 5_000;

    /**
     * One change of one pool: when it was first read, when the old value was last read, and what moved, e.g.
     * {@code maximumPoolSize 20 → 3}.
     */
    record Change(long time, long previousReading, String target, String pool, List<String> settings) {
        String text(java.util.function.LongFunction<String> at) {
            String when = time - previousReading > GAP_MILLIS
                    ? "; first read after a gap in the readings since " + at.apply(previousReading) : "";
            return "pool " + pool + " configuration changed: " + String.join(", ", settings) + " (PoolConfig over JMX from "
                    + target + when + ")";
        }
    }

    private ConfigChanges() {
    }

    /** Every change, in time order. */
    static List<Change> of(SeriesStore store) {
        Map<String, TreeMap<Long, Moves>> byPool = new LinkedHashMap<>();
        for (Series s : store.matching(id -> id.source().equals(Metrics.SOURCE_JMX) && NAMES.containsKey(id.metric())
                && id.label(Metrics.LABEL_POOL) != null)) {
            String key = s.id().target() + "\n" + s.id().label(Metrics.LABEL_POOL);
            String setting = NAMES.get(s.id().metric());
            Series.Snapshot snap = s.snapshot();
            double last = Double.NaN;
            long lastTime = Long.MIN_VALUE;
            for (int i = 0; i < snap.size(); i++) {
                double v = snap.value(i);
                if (Double.isNaN(v)) {
                    continue; // a gap (restart, lost connection) is not a change; compare across it
                }
                if (!Double.isNaN(last) && v != last) {
                    long before = lastTime;
                    byPool.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(snap.time(i), t -> new Moves(before))
                            .settings.add(setting + " " + value(s.id().metric(), last) + " → " + value(s.id().metric(), v));
                }
                last = v;
                lastTime = snap.time(i);
            }
        }
        List<Change> out = new ArrayList<>();
        byPool.forEach((key, moves) -> out.addAll(group(key.split("\n", 2), moves)));
        out.sort(Comparator.comparingLong(Change::time));
        return out;
    }

    /** The change nearest {@code t} within {@code withinMillis}, if any. */
    static Optional<Change> near(List<Change> changes, long t, long withinMillis) {
        return changes.stream().filter(c -> Math.abs(c.time() - t) <= withinMillis)
                .min(Comparator.comparingLong(c -> Math.abs(c.time() - t)));
    }

    /** Settings that moved at one reading, and when the pool was read before it. */
    private static final class Moves {
        final long previousReading;
        final List<String> settings = new ArrayList<>();

        Moves(long previousReading) {
            this.previousReading = previousReading;
        }
    }

    private static List<Change> group(String[] targetAndPool, TreeMap<Long, Moves> moves) {
        List<Change> out = new ArrayList<>();
        Comparator<String> order = Comparator.comparingInt(s -> List.copyOf(NAMES.values()).indexOf(s.substring(0, s.indexOf(' '))));
        long start = Long.MIN_VALUE;
        long previous = Long.MIN_VALUE;
        List<String> settings = new ArrayList<>();
        for (Map.Entry<Long, Moves> m : moves.entrySet()) {
            if (!settings.isEmpty() && m.getKey() - start > SAME_CHANGE_MILLIS) {
                settings.sort(order);
                out.add(new Change(start, previous, targetAndPool[0], targetAndPool[1], settings));
                settings = new ArrayList<>();
            }
            if (settings.isEmpty()) {
                start = m.getKey();
                previous = m.getValue().previousReading;
            }
            settings.addAll(m.getValue().settings);
        }
        if (!settings.isEmpty()) {
            settings.sort(order);
            out.add(new Change(start, previous, targetAndPool[0], targetAndPool[1], settings));
        }
        return out;
    }

    private static String value(String metric, double v) {
        return metric.equals(Metrics.POOL_CONNECTION_TIMEOUT) ? Millis.human(Math.round(v)) : String.valueOf(Math.round(v));
    }
}
