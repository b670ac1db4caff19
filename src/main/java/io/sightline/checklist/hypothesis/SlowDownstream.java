package io.sightline.checklist.hypothesis;

import io.sightline.checklist.EvidenceIds;

import java.util.List;
import java.util.Map;

/** {@code slow-downstream}: Requests got slower while the pool is fine and GC is normal: the time goes to another dependency. */
public final class SlowDownstream extends Hypothesis {
    public static final String ID = "slow-downstream";

    public SlowDownstream() {
        super(ID, "A downstream dependency (not the database) is slow", List.of(
                "Take a thread dump and read the stacks in socket I/O: which client library, which host.",
                "Check that dependency's own latency dashboards and its status page.",
                "Check client timeouts and retries towards it: without a timeout one slow dependency holds every request thread."));
    }

    @Override
    protected Map<String, Double> supporting() {
        return Weights.of(
                EvidenceIds.LATENCY_RISE_POOL_UNSATURATED, 0.45,
                EvidenceIds.DUMP_DOWNSTREAM_IO, 0.45,
                EvidenceIds.LATENCY_RISE, 0.1);
    }

    @Override
    protected Map<String, Double> opposing() {
        return Weights.of(
                EvidenceIds.GC_SHARE, 0.8,
                EvidenceIds.POOL_UTILISATION, 0.5,
                EvidenceIds.POOL_WAITING, 0.6,
                EvidenceIds.POOL_TIMEOUTS, 0.5,
                EvidenceIds.DB_REFUSALS, 0.6,
                EvidenceIds.NETWORK_ERRORS, 0.3,
                EvidenceIds.DB_LOCK_WAITS, 0.4,
                EvidenceIds.DUMP_JDBC_IO, 0.5,
                EvidenceIds.POOL_HOLD_TIME, 0.5,
                EvidenceIds.DB_LONG_STATEMENTS, 0.4,
                EvidenceIds.DB_SERVER_LOCK_WAITS, 0.4,
                EvidenceIds.DB_TIME_OFF_SERVER, 0.5);
    }
}
