package io.sightline.report;

import io.sightline.checklist.Diagnosis;
import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.lint.Facts;
import io.sightline.lint.Finding;
import io.sightline.lint.Linter;
import io.sightline.lint.PoolConfiguration;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pool-lint findings behind the postmortem's corrective actions: the pool configuration as the capture
 * recorded it during the incident (the PoolConfig values polled over JMX) and any configuration files the team
 * gives, linted with the load the capture measured (request rate and connection hold time), so a pool too small
 * for its traffic is named with the size that would have held.
 */
final class IncidentLint {
    /** PoolConfig attributes recorded as series (see {@link Metrics}), by the MBean attribute they sample. */
    private static final Map<String, String> RECORDED = Map.of(Metrics.POOL_MAX, "MaximumPoolSize",
            Metrics.POOL_MIN_IDLE, "MinimumIdle", Metrics.POOL_CONNECTION_TIMEOUT, "ConnectionTimeout");

    private final Linter linter;

    IncidentLint(Linter linter) {
        this.linter = linter;
    }

    /** Findings for the recorded pools of each target, then for {@code files} (already read), one list. */
    List<Finding> findings(SeriesStore store, Optional<Facts.Load> load, long at, List<PoolConfiguration> files) {
        Facts facts = load.map(Facts.none()::withLoad).orElse(Facts.none());
        List<Finding> out = new ArrayList<>();
        // A rule about an attribute the capture did not record would judge HikariCP's default, not this pool.
        recorded(store, at).values().forEach(pools -> linter.lintAll(pools, facts).stream()
                .filter(f -> RECORDED.containsValue(f.location().key())).forEach(out::add));
        if (!files.isEmpty()) {
            out.addAll(linter.lintAll(files, facts));
        }
        return out;
    }

    /**
     * The load the pool had to serve: today's request rate with the hold time measured before the incident (the
     * numbers of the {@code pool.need-vs-max} evidence); empty when the capture could not measure them.
     */
    static Optional<Facts.Load> load(Diagnosis diagnosis) {
        Evidence e = diagnosis.evidence().get(EvidenceIds.POOL_NEED_VS_MAX);
        if (e == null || !e.known()) {
            return Optional.empty();
        }
        double rate = e.fact("ratePerSecond");
        double holdMs = e.fact("holdBaselineMs");
        if (!(rate > 0) || !(holdMs > 0) || Double.isInfinite(rate) || Double.isInfinite(holdMs)) {
            return Optional.empty();
        }
        return Optional.of(new Facts.Load(rate, Duration.ofNanos(Math.round(holdMs * 1e6))));
    }

    /** Each target's pools as configured at {@code at}, from the PoolConfig values recorded over JMX. */
    static Map<String, List<PoolConfiguration>> recorded(SeriesStore store, long at) {
        Map<String, Map<String, Map<String, Object>>> byTarget = new LinkedHashMap<>();
        List<Series> config = store.matching(id -> id.source().equals(Metrics.SOURCE_JMX)
                && id.label(Metrics.LABEL_POOL) != null && RECORDED.containsKey(id.metric()));
        config.sort((a, b) -> a.id().compareTo(b.id()));
        for (Series s : config) {
            SeriesId id = s.id();
            valueAt(s, at).ifPresent(v -> byTarget.computeIfAbsent(id.target(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(id.label(Metrics.LABEL_POOL), p -> new LinkedHashMap<>())
                    .put(RECORDED.get(id.metric()), v));
        }
        Map<String, List<PoolConfiguration>> out = new LinkedHashMap<>();
        byTarget.forEach((target, pools) -> {
            List<PoolConfiguration> list = new ArrayList<>();
            pools.forEach((pool, attributes) -> {
                // Only what was recorded: a live pool's missing attributes stay unknown, not HikariCP's defaults.
                if (attributes.containsKey("MaximumPoolSize")) {
                    attributes.put("RegisterMbeans", Boolean.TRUE); // it was polled over JMX
                    list.add(PoolConfiguration.fromJmx(source(target), pool, attributes));
                }
            });
            if (!list.isEmpty()) {
                out.put(target, list);
            }
        });
        return out;
    }

    /** How a finding on a recorded pool says where the configuration was read. */
    static String source(String target) {
        return "PoolConfig recorded over JMX from " + target;
    }

    /** The last whole value at or before {@code at} (a pool size or a timeout is an integer). */
    private static Optional<Object> valueAt(Series s, long at) {
        Series.Snapshot snap = s.snapshot();
        for (int i = snap.floorIndex(at); i >= 0; i--) {
            double v = snap.value(i);
            if (!Double.isNaN(v)) {
                return v >= 0 ? Optional.of(Math.round(v)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
