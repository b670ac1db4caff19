package io.sightline.checklist.hypothesis;

import io.sightline.checklist.EvidenceIds;

import java.util.List;
import java.util.Map;

/** {@code slow-queries}: Connections are held longer per request than before: the database work inside them got slower. */
public final class SlowQueries extends Hypothesis {
    public static final String ID = "slow-queries";

    public SlowQueries() {
        super(ID, "Slow queries or locks hold connections longer", List.of(
                "On the database, list running statements by duration (PostgreSQL pg_stat_activity, MySQL SHOW PROCESSLIST) and look for long ones and lock waits (pg_locks, INFORMATION_SCHEMA.INNODB_TRX).",
                "Compare the slowest statements' plans with a known-good time (missing index, table grown, statistics stale).",
                "Look for a migration, batch job or report that started when the hold time rose."));
    }

    @Override
    protected Map<String, Double> supporting() {
        return Weights.of(
                EvidenceIds.POOL_HOLD_TIME, 0.3,
                EvidenceIds.POOL_UTILISATION, 0.1,
                EvidenceIds.POOL_WAITING, 0.1,
                EvidenceIds.DB_LOCK_WAITS, 0.15,
                EvidenceIds.DB_SLOW_QUERY_LINES, 0.1,
                EvidenceIds.DUMP_JDBC_IO, 0.15,
                EvidenceIds.LATENCY_RISE, 0.1,
                // The database's own view: statements running long, sessions blocked on locks.
                EvidenceIds.DB_LONG_STATEMENTS, 0.3,
                EvidenceIds.DB_SERVER_LOCK_WAITS, 0.2);
    }

    @Override
    protected Map<String, Double> opposing() {
        return Weights.of(
                EvidenceIds.NETWORK_ERRORS, 0.6,
                EvidenceIds.DB_REFUSALS, 0.6,
                EvidenceIds.LEAK_SHAPE, 0.6,
                EvidenceIds.LEAK_LINES, 0.5,
                EvidenceIds.GC_SHARE, 0.7,
                EvidenceIds.POOL_NEED_VS_MAX, 0.5,
                EvidenceIds.DB_VALIDATION_FAILURES, 0.4,
                // Connections held with no thread in JDBC I/O: whatever holds them, it is not a slow statement.
                EvidenceIds.HELD_WITHOUT_IO, 0.8,
                EvidenceIds.POOL_MAX_CHANGED, 0.3,
                // Clients wait on statements the database is not running: the time is not spent in queries.
                EvidenceIds.DB_TIME_OFF_SERVER, 0.8);
    }
}
