package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

import java.util.Optional;

/**
 * Threads waiting while the pool holds fewer connections than its maximum: it tries to open more and cannot
 * (the database refuses, or connecting is slow or failing). A pool that is merely too small would be at max.
 */
public final class PoolCannotGrow extends PerPoolRule {
    public PoolCannotGrow() {
        super(EvidenceIds.POOL_CANNOT_GROW, "No pool total/max/waiting seen.", Evidence::value);
    }

    @Override
    Evidence forPool(EvidenceContext ctx, PoolRef pool) {
        Optional<Series> waiting = pool.series(Metrics.POOL_WAITING);
        Optional<Series> total = pool.series(Metrics.POOL_TOTAL);
        if (waiting.isEmpty() || total.isEmpty()) {
            return null;
        }
        long now = ctx.now();
        double maxNow = pool.maxAt(now);
        Series.Snapshot w = waiting.get().snapshot();
        int samples = 0;
        int stuck = 0;
        for (int i = w.lowerBound(ctx.recentFrom()); i < w.size() && w.time(i) <= now; i++) {
            if (Double.isNaN(w.value(i))) {
                continue;
            }
            samples++;
            double tot = Stats.last(total.get(), w.time(i), ctx.windows().tolerance());
            if (w.value(i) > 0 && tot < maxNow) {
                stuck++;
            }
        }
        if (samples == 0 || Double.isNaN(maxNow)) {
            return null;
        }
        double share = (double) stuck / samples;
        double totNow = Stats.last(total.get(), now, ctx.windows().stale());
        String text = share == 0 ? "Pool " + pool.name() + " reaches its maximum when it needs to"
                : String.format(java.util.Locale.ROOT, "Threads wait while pool %s holds %s of its %s connections (%d%% of the last %ds): it cannot open more",
                pool.name(), Strength.number(totNow), Strength.number(maxNow), Math.round(100 * share), ctx.windows().recent() / 1000);
        return new EvidenceBuilder(id()).value(share).text(text).subject(pool.name())
                .fact("total", totNow).fact("max", maxNow)
                .since(Stats.streakStart(total.get(), now, ctx.windows().tolerance(), v -> v < maxNow))
                .series(total.get().id().toString(), ctx.recentFrom(), now + 1)
                .series(waiting.get().id().toString(), ctx.recentFrom(), now + 1)
                .judged(Strength.ramp(share, 0.2, 0.7), 1e-9);
    }
}
