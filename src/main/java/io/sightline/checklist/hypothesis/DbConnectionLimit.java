package io.sightline.checklist.hypothesis;

import io.sightline.checklist.EvidenceIds;
import io.sightline.checklist.evidence.EvidenceSet;

import java.util.List;
import java.util.Map;

/** {@code db-connection-limit}: The database refuses new connections, so the pool cannot open the ones it needs. */
public final class DbConnectionLimit extends Hypothesis {
    public static final String ID = "db-connection-limit";

    public DbConnectionLimit() {
        super(ID, "The database's connection limit is reached", List.of(
                "On the database, count connections per client and compare with max_connections minus reserved connections (PostgreSQL: SELECT count(*) FROM pg_stat_activity; SHOW max_connections).",
                "Add up maximumPoolSize × instances (including instances being rolled out) for every service using this database.",
                "Look for a new client or a scaled-out deployment holding connections."));
    }

    @Override
    protected Map<String, Double> supporting() {
        return Weights.of(
                EvidenceIds.DB_REFUSALS, 0.6,
                EvidenceIds.POOL_CANNOT_GROW, 0.2,
                EvidenceIds.POOL_WAITING, 0.1,
                EvidenceIds.POOL_TIMEOUTS, 0.1,
                // The server's own count against its limit.
                EvidenceIds.DB_CONNECTIONS_NEAR_LIMIT, 0.5);
    }

    @Override
    protected Map<String, Double> opposing() {
        return Weights.of(
                EvidenceIds.GC_SHARE, 0.5,
                EvidenceIds.LEAK_SHAPE, 0.3);
    }

    /** Without a refusal in the logs, a pool that cannot grow is as likely the network; halve, do not drop. */
    @Override
    protected Map<String, Double> required() {
        return Map.of(EvidenceIds.DB_REFUSALS, 0.5);
    }

    /** The database reporting itself at its limit is as good a proof as the refusals in the log. */
    @Override
    protected Map<String, Double> required(EvidenceSet evidence) {
        return evidence.strength(EvidenceIds.DB_CONNECTIONS_NEAR_LIMIT) >= 0.5 ? Map.of() : required();
    }
}
