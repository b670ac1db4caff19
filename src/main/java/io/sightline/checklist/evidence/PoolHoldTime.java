package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;

/** How long a request holds a connection now against before (see {@link LittlesLaw}). */
public final class PoolHoldTime implements EvidenceRule {
    @Override
    public String id() {
        return EvidenceIds.POOL_HOLD_TIME;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        LittlesLaw l = LittlesLaw.compute(ctx);
        if (l == null || Double.isNaN(l.holdBaselineMs()) || Double.isNaN(l.holdNowMs())) {
            return Evidence.unknown(id(), "Cannot estimate connection hold time: needs request rate, active connections and a baseline.");
        }
        double ratio = l.holdNowMs() / Math.max(l.holdBaselineMs(), 1e-3);
        String now = Double.isInfinite(l.holdNowMs()) ? "every request fails" : "~" + Strength.number(l.holdNowMs()) + " ms";
        String text = String.format(java.util.Locale.ROOT, "Each request holds a connection %s now, ~%s ms before (%s active, %s req/s)",
                now, Strength.number(l.holdBaselineMs()), Strength.number(l.activeNow()), Strength.number(l.rateNow()));
        EvidenceBuilder b = new EvidenceBuilder(id()).value(ratio).text(text).fact("holdNowMs", l.holdNowMs())
                .fact("holdBaselineMs", l.holdBaselineMs()).fact("ratio", ratio);
        l.seriesIds().forEach(s -> b.series(s, l.baselineFrom(), ctx.now() + 1));
        // Hold times wobble with the request mix; doubling is a change, four times is a different system.
        return b.judged(Strength.ramp(ratio, 1.5, 4), 1e-9);
    }
}
