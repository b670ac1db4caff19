package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;

/** The pools' maximum against the concurrency today's load needs at the baseline hold time (see {@link LittlesLaw}). */
public final class PoolNeedVsMax implements EvidenceRule {
    @Override
    public String id() {
        return EvidenceIds.POOL_NEED_VS_MAX;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        LittlesLaw l = LittlesLaw.compute(ctx);
        if (l == null || Double.isNaN(l.holdBaselineMs()) || Double.isNaN(l.rateNow()) || !(l.maxNow() > 0)) {
            return Evidence.unknown(id(), "Cannot relate load to pool size: needs request rate, pool size and an unsaturated baseline.");
        }
        double ratio = l.needNow() / l.maxNow();
        String text = String.format(java.util.Locale.ROOT,
                "The load needs about %s connections (%s req/s × %s ms held per request, measured before), the pool allows %s",
                Strength.number(l.needNow()), Strength.number(l.rateNow()), Strength.number(l.holdBaselineMs()),
                Strength.number(l.maxNow()));
        EvidenceBuilder b = new EvidenceBuilder(id()).value(l.needNow()).text(text).fact("need", l.needNow())
                .fact("max", l.maxNow()).fact("ratePerSecond", l.rateNow()).fact("holdBaselineMs", l.holdBaselineMs());
        l.seriesIds().forEach(s -> b.series(s, l.baselineFrom(), ctx.now() + 1));
        // Little's law gives the mean; arrivals are bursty, so a pool sized at the mean already queues.
        return b.judged(Strength.ramp(ratio, 0.8, 1.2), 1e-9);
    }
}
