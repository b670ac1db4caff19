package io.sightline.checklist.hypothesis;

import io.sightline.checklist.EvidenceIds;

import java.util.List;
import java.util.Map;

/** {@code connection-leak}: Active connections climb without coming back while the load is flat. */
public final class ConnectionLeak extends Hypothesis {
    public static final String ID = "connection-leak";

    public ConnectionLeak() {
        super(ID, "Connections are borrowed and never returned (leak)", List.of(
                "Set leakDetectionThreshold (e.g. a few seconds above the longest legitimate transaction) and read the stack traces it logs: they name the borrowing code.",
                "Take a thread dump: active connections with no thread in JDBC I/O are held by code that has moved on.",
                "Look for code paths added recently that get a Connection without try-with-resources."));
    }

    @Override
    protected Map<String, Double> supporting() {
        return Weights.of(
                EvidenceIds.LEAK_SHAPE, 0.45,
                EvidenceIds.LEAK_LINES, 0.3,
                EvidenceIds.HELD_WITHOUT_IO, 0.15,
                EvidenceIds.POOL_UTILISATION, 0.1);
    }

    @Override
    protected Map<String, Double> opposing() {
        return Weights.of(
                EvidenceIds.POOL_MAX_CHANGED, 0.5,
                EvidenceIds.DB_LOCK_WAITS, 0.4,
                EvidenceIds.NETWORK_ERRORS, 0.4,
                EvidenceIds.DB_REFUSALS, 0.5,
                EvidenceIds.GC_SHARE, 0.5,
                EvidenceIds.POOL_NEED_VS_MAX, 0.4,
                EvidenceIds.DB_LONG_STATEMENTS, 0.4,
                EvidenceIds.DB_SERVER_LOCK_WAITS, 0.4,
                // Threads caught waiting on the wire hold those connections: in use, not leaked. A direct observation
                // where a climbing active count is only a shape (a slow link raises it too).
                EvidenceIds.DB_TIME_OFF_SERVER, 0.8);
    }
}
