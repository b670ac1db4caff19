package io.sightline.checklist.hypothesis;

import io.sightline.checklist.EvidenceIds;

import java.util.List;
import java.util.Map;

/** {@code db-network}: JDBC round trips fail or slow down at the network level while the database itself is not the first suspect. */
public final class DbNetwork extends Hypothesis {
    public static final String ID = "db-network";

    public DbNetwork() {
        super(ID, "The database is unreachable or the network to it is slow", List.of(
                "From the application host, time a trivial query (SELECT 1) and a TCP connect to the database port; compare with the database's own statement times.",
                "Check DNS for the database host name and any recent change of address, firewall, proxy or load balancer between them.",
                "Look at the network errors' stack traces: which host and port, connect or read."));
    }

    @Override
    protected Map<String, Double> supporting() {
        return Weights.of(
                EvidenceIds.NETWORK_ERRORS, 0.4,
                EvidenceIds.POOL_HOLD_TIME, 0.15,
                EvidenceIds.DB_VALIDATION_FAILURES, 0.15,
                EvidenceIds.POOL_TIMEOUTS_WHILE_IDLE, 0.1,
                EvidenceIds.POOL_CANNOT_GROW, 0.1,
                EvidenceIds.LATENCY_RISE, 0.1,
                // What a DBA would see: clients waiting in JDBC reads for statements the database is not running.
                EvidenceIds.DB_TIME_OFF_SERVER, 0.6);
    }

    @Override
    protected Map<String, Double> opposing() {
        return Weights.of(
                EvidenceIds.DB_LOCK_WAITS, 0.5,
                EvidenceIds.DB_REFUSALS, 0.6,
                EvidenceIds.DB_SLOW_QUERY_LINES, 0.3,
                EvidenceIds.LEAK_SHAPE, 0.5,
                EvidenceIds.LEAK_LINES, 0.4,
                EvidenceIds.POOL_MAX_CHANGED, 0.3,
                EvidenceIds.GC_SHARE, 0.6,
                // A slow network keeps threads in JDBC socket I/O; connections held without it point elsewhere.
                EvidenceIds.HELD_WITHOUT_IO, 0.6,
                // The database itself is slow or blocked: the network need not be.
                EvidenceIds.DB_LONG_STATEMENTS, 0.6,
                EvidenceIds.DB_SERVER_LOCK_WAITS, 0.5,
                EvidenceIds.DB_CONNECTIONS_NEAR_LIMIT, 0.5);
    }
}
