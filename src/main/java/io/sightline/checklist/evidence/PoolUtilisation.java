package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;


/** The busiest pool's active/max over the recent window, and how long it has been at its maximum. */
public final class PoolUtilisation extends PerPoolRule {
    /** Below this share of max a pool has room; at 100% it is the bottleneck. */
    private static final double BUSY = 0.85;

    public PoolUtilisation() {
        super(EvidenceIds.POOL_UTILISATION, "No pool with active and max connections seen.", Evidence::value);
    }

    @Override
    Evidence forPool(EvidenceContext ctx, PoolRef pool) {
        Series active = pool.store().find(pool.activeId()).orElseThrow();
        long now = ctx.now();
        double max = pool.maxAt(now);
        Stats recent = Stats.of(active, ctx.recentFrom(), now + 1);
        if (!(max > 0) || recent.isEmpty()) {
            return null;
        }
        double u = recent.mean() / max;
        double last = Stats.last(active, now, ctx.windows().stale());
        long since = Stats.streakStart(active, now, ctx.windows().tolerance(), (t, v) -> v >= pool.maxAt(t));
        long atMax = since < 0 ? 0 : now - since;
        String text = String.format(java.util.Locale.ROOT, "Pool %s at %s/%s (%d%%)%s", pool.name(),
                Strength.number(last), Strength.number(max), Math.round(100 * u),
                since < 0 ? "" : " for " + Strength.duration(atMax));
        EvidenceBuilder b = new EvidenceBuilder(id()).value(u).since(since).text(text).subject(pool.name())
                .fact("active", last).fact("max", max).fact("utilisation", u).fact("atMaxMs", atMax)
                .series(pool.activeId().toString(), since < 0 ? ctx.recentFrom() : since, now + 1)
                .series(pool.idOf(Metrics.POOL_MAX), since < 0 ? ctx.recentFrom() : since, now + 1);
        return b.judged(Strength.ramp(u, BUSY, 1.0), 1e-9);
    }
}
