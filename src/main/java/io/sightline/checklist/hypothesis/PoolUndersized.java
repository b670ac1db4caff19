package io.sightline.checklist.hypothesis;

import io.sightline.checklist.EvidenceIds;

import java.util.List;
import java.util.Map;

/** {@code pool-undersized}: Threads queue for connections while each connection is held no longer than before: the pool is the bottleneck, not the database. */
public final class PoolUndersized extends Hypothesis {
    public static final String ID = "pool-undersized";

    public PoolUndersized() {
        super(ID, "The pool is too small or misconfigured for the load", List.of(
                "Compare maximumPoolSize in the running configuration (PoolConfig MBean, deployed properties) with the last known-good release.",
                "Check that the database is healthy and fast: query times on the database side unchanged, no lock waits, connections below max_connections.",
                "Check what changed at the moment the pool saturated: a deploy, a restart, a configuration push, a traffic increase."));
    }

    @Override
    protected Map<String, Double> supporting() {
        return Weights.of(
                EvidenceIds.POOL_UTILISATION, 0.2,
                EvidenceIds.POOL_WAITING, 0.15,
                EvidenceIds.POOL_TIMEOUTS, 0.1,
                EvidenceIds.DUMP_WAITING_FOR_POOL, 0.1,
                EvidenceIds.POOL_MAX_CHANGED, 0.2,
                EvidenceIds.POOL_NEED_VS_MAX, 0.25);
    }

    @Override
    protected Map<String, Double> opposing() {
        return Weights.of(
                EvidenceIds.POOL_HOLD_TIME, 0.8,
                EvidenceIds.LEAK_SHAPE, 0.8,
                EvidenceIds.LEAK_LINES, 0.6,
                EvidenceIds.DB_REFUSALS, 0.7,
                EvidenceIds.NETWORK_ERRORS, 0.5,
                EvidenceIds.DB_LOCK_WAITS, 0.6,
                EvidenceIds.GC_SHARE, 0.6,
                EvidenceIds.POOL_CANNOT_GROW, 0.6,
                EvidenceIds.DB_VALIDATION_FAILURES, 0.4,
                EvidenceIds.POOL_TIMEOUTS_WHILE_IDLE, 0.4,
                // Connections are busy for a reason the database shows: long or blocked statements, the limit.
                EvidenceIds.DB_LONG_STATEMENTS, 0.6,
                EvidenceIds.DB_SERVER_LOCK_WAITS, 0.5,
                EvidenceIds.DB_CONNECTIONS_NEAR_LIMIT, 0.6,
                // Or held while their threads wait on the way to the database: more of them would wait too.
                EvidenceIds.DB_TIME_OFF_SERVER, 0.6);
    }
}
