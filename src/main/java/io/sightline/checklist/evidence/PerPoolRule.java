package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;

import java.util.function.ToDoubleFunction;

/** A rule judged per pool, reporting the worst pool: the one a responder must look at first. */
abstract class PerPoolRule implements EvidenceRule {
    private final String id;
    private final String noPool;
    private final ToDoubleFunction<Evidence> worse;

    /**
     * @param noPool the UNKNOWN text when no pool yields this evidence
     * @param worse  what makes one pool's evidence worse than another's (its value, or its strength)
     */
    PerPoolRule(String id, String noPool, ToDoubleFunction<Evidence> worse) {
        this.id = id;
        this.noPool = noPool;
        this.worse = worse;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        Evidence worst = null;
        for (PoolRef pool : ctx.pools()) {
            Evidence e = forPool(ctx, pool);
            if (e != null && (worst == null || worse.applyAsDouble(e) > worse.applyAsDouble(worst))) {
                worst = e;
            }
        }
        return worst != null ? worst : Evidence.unknown(id, noPool);
    }

    /** This pool's evidence, or null when its series say nothing now. */
    abstract Evidence forPool(EvidenceContext ctx, PoolRef pool);
}
