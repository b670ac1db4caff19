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
        double u = meanUtilisation(active, pool, ctx.recentFrom(), now + 1);
        if (!(max > 0) || Double.isNaN(u)) {
            return null;
        }
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

    /**
     * Mean of active/max per sample, each against the maximum in force at that sample and capped at 1. Dividing the
     * window's mean active by today's maximum overstates it after the maximum was lowered inside the window
     * (20 busy, then 3 of 3 read "101%"), and HikariCP's gauges are read apart, so active may briefly exceed max.
     */
    static double meanUtilisation(Series active, PoolRef pool, long from, long to) {
        double[] sum = {0};
        int[] n = {0};
        active.snapshot().forEach(from, to, (t, v) -> {
            double max = pool.maxAt(t);
            if (!Double.isNaN(v) && max > 0) {
                sum[0] += Math.min(1.0, v / max);
                n[0]++;
            }
        });
        return n[0] == 0 ? Double.NaN : sum[0] / n[0];
    }
}
