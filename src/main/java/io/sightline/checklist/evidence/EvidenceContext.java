package io.sightline.checklist.evidence;

import io.sightline.series.Event;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.List;
import java.util.Set;

/**
 * What the rules of one evaluation read: the store, the instant "now" (the clock live, the playhead in replay) and
 * the windows. Only data at or before now is visible, so a replay never peeks at the future.
 */
public final class EvidenceContext {
    private final SeriesStore store;
    private final long now;
    private final Windows windows;
    private final Map<String, Object> memo = new HashMap<>();
    private List<PoolRef> pools;
    private Boolean logsWatched;

    public EvidenceContext(SeriesStore store, long now, Windows windows) {
        this.store = store;
        this.now = now;
        this.windows = windows;
    }

    public long now() {
        return now;
    }

    public Windows windows() {
        return windows;
    }

    /** Start of the "now" window for gauges sampled live. */
    long recentFrom() {
        return now - windows.recent();
    }

    /** Start of the "before" window (the window before {@link #recentFrom()}). */
    long baselineFrom() {
        return now - windows.baseline();
    }

    /**
     * A value computed once per evaluation and shared by the rules that need it (Little's law, the newest thread
     * dump). Null results are recomputed, which is cheap: they mean there was nothing to compute from.
     */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            if (v != null) {
                memo.put(key, v);
            }
        }
        return (T) v;
    }

    /** Every pool the JMX poller has seen, in id order. */
    List<PoolRef> pools() {
        if (pools == null) {
            pools = new ArrayList<>();
            for (Series s : store.matching(id -> id.source().equals(Metrics.SOURCE_JMX) && id.metric().equals(Metrics.POOL_ACTIVE))) {
                pools.add(PoolRef.of(store, s.id()));
            }
        }
        return pools;
    }

    /** Series of {@code metric} from every log source, without labels (per-class breakdowns excluded). */
    List<Series> logSeries(String metric) {
        return store.matching(id -> id.source().equals(Metrics.SOURCE_LOG) && id.metric().equals(metric) && id.labels().isEmpty());
    }

    /**
     * How far the log sources have read: the newest log-derived sample at or before now (-1 when none is fresh). A
     * log that wrote nothing since has nothing to report up to here: a quiet log is not a lagging one.
     */
    long logClock() {
        return memo("log-clock", () -> {
            long clock = -1;
            for (Series s : store.matching(id -> id.source().equals(Metrics.SOURCE_LOG))) {
                clock = Math.max(clock, Stats.dataEnd(s, now, windows().stale()));
            }
            return clock;
        });
    }

    /** Database-side series of {@code metric}, one per watched database. */
    List<Series> dbSeries(String metric) {
        return store.matching(id -> id.source().equals(Metrics.SOURCE_DB) && id.metric().equals(metric));
    }

    /** JVM series of {@code metric} from every JMX target, without labels. */
    List<Series> jvmSeries(String metric) {
        return store.matching(id -> id.source().equals(Metrics.SOURCE_JMX) && id.metric().equals(metric) && id.labels().isEmpty());
    }

    /** Events of the given kinds with {@code from <= t <= now}, oldest first. */
    List<Event> events(Set<String> kinds, long from) {
        List<Event> out = new ArrayList<>();
        for (Event e : store.events().between(from, now + 1)) {
            if (kinds.contains(e.kind())) {
                out.add(e);
            }
        }
        return out;
    }

    /** True when some log source feeds this store: then "no such line" means none was written, not "unknown". */
    boolean logsWatched() {
        if (logsWatched == null) {
            logsWatched = !store.matching(id -> id.source().equals(Metrics.SOURCE_LOG)).isEmpty()
                    || store.events().all().stream().anyMatch(e -> e.source().startsWith(Metrics.SOURCE_LOG));
        }
        return logsWatched;
    }
}
