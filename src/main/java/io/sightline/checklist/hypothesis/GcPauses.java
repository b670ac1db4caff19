package io.sightline.checklist.hypothesis;

import io.sightline.checklist.EvidenceIds;

import java.util.List;
import java.util.Map;

/** {@code gc-pauses}: The JVM spends a large share of wall time in GC while the pool has connections to spare. */
public final class GcPauses extends Hypothesis {
    public static final String ID = "gc-pauses";

    public GcPauses() {
        super(ID, "GC pauses stall the application", List.of(
                "Read the GC log around the slow period: pause lengths, collector, heap after each collection (is the heap full after GC?).",
                "Take a heap histogram (jcmd PID GC.class_histogram) and compare with a healthy instance.",
                "Check heap size and recent changes in traffic mix or caching that allocate more."));
    }

    @Override
    protected Map<String, Double> supporting() {
        return Weights.of(
                EvidenceIds.GC_SHARE, 0.6,
                EvidenceIds.LATENCY_RISE, 0.2,
                EvidenceIds.LATENCY_RISE_POOL_UNSATURATED, 0.2);
    }

    @Override
    protected Map<String, Double> opposing() {
        return Weights.of(
                EvidenceIds.NETWORK_ERRORS, 0.3,
                EvidenceIds.DB_REFUSALS, 0.5,
                EvidenceIds.LEAK_SHAPE, 0.5,
                EvidenceIds.DB_LOCK_WAITS, 0.4,
                EvidenceIds.POOL_MAX_CHANGED, 0.3,
                EvidenceIds.DUMP_DOWNSTREAM_IO, 0.3,
                EvidenceIds.DB_LONG_STATEMENTS, 0.4,
                EvidenceIds.DB_SERVER_LOCK_WAITS, 0.4);
    }

    @Override
    protected Map<String, Double> required() {
        return Map.of(EvidenceIds.GC_SHARE, 0.25);
    }
}
