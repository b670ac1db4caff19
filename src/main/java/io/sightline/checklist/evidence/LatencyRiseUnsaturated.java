package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;

/**
 * Latency rose while the pool had connections to spare and nobody queued for one: the time goes somewhere other
 * than waiting for the database pool (GC, a downstream, CPU). Combines earlier evidence.
 */
public final class LatencyRiseUnsaturated implements EvidenceRule {
    @Override
    public String id() {
        return EvidenceIds.LATENCY_RISE_POOL_UNSATURATED;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        Evidence latency = earlier.get(EvidenceIds.LATENCY_RISE);
        Evidence util = earlier.get(EvidenceIds.POOL_UTILISATION);
        Evidence waiting = earlier.get(EvidenceIds.POOL_WAITING);
        if (!latency.known() || (!util.known() && !waiting.known())) {
            return Evidence.unknown(id(), "Needs latency and pool state.");
        }
        double spare = (1 - util.strength()) * (1 - waiting.strength());
        double strength = latency.strength() * spare;
        String pool = util.known() ? util.text() : waiting.text();
        String text = latency.strength() == 0 ? "Latency has not risen"
                : spare < 0.5 ? "Latency rose, but the pool is busy: " + pool
                : "Latency rose with the pool unsaturated: " + latency.text() + "; " + pool;
        EvidenceBuilder b = new EvidenceBuilder(id()).value(strength).since(latency.since()).text(text);
        latency.series().forEach(r -> b.series(r.seriesId(), r.from(), r.to()));
        util.series().forEach(r -> b.series(r.seriesId(), r.from(), r.to()));
        return b.judged(strength, 0.2);
    }
}
