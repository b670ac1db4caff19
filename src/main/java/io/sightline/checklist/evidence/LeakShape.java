package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a connection leak: active connections climb step after step and never come back, while the load
 * stays flat. Too small a pool or slow queries fill the pool within seconds of the change, and a load surge moves
 * the request rate with it; a leak climbs by one borrower that never returns at a time.
 */
public final class LeakShape extends PerPoolRule {
    private static final long BUCKET = 15_000;
    private static final int MIN_RISES = 3;

    public LeakShape() {
        super(EvidenceIds.LEAK_SHAPE, "No pool with active connections and maximum over the last minutes.", Evidence::strength);
    }

    @Override
    Evidence forPool(EvidenceContext ctx, PoolRef pool) {
        Series active = pool.store().find(pool.activeId()).orElseThrow();
        double max = pool.maxAt(ctx.now());
        List<long[]> times = new ArrayList<>();
        List<Double> means = buckets(ctx, active, times);
        if (means.size() < 4 || !(max > 0)) {
            return null;
        }
        Climb c = Climb.of(means, max);
        long start = times.get(c.start)[0];
        String name = pool.name();
        EvidenceBuilder b = new EvidenceBuilder(id()).subject(name).value(c.rise)
                .fact("from", means.get(c.start)).fact("to", means.get(means.size() - 1)).fact("rises", c.rises)
                .series(pool.activeId().toString(), start, ctx.now() + 1);
        if (!c.looksLikeLeak(max)) {
            return b.text("Active connections on " + name + " show no leak shape").absent();
        }
        double load = loadRatio(ctx, start);
        double loadFactor = Double.isNaN(load) ? 0.7 : (load > 1.33 || load < 0.75) ? 0.2 : 1;
        double idle = pool.series(Metrics.POOL_IDLE).map(s -> Stats.last(s, ctx.now(), ctx.windows().stale())).orElse(Double.NaN);
        String text = String.format(java.util.Locale.ROOT,
                "Active connections on %s climbed from %s to %s in %d steps over %s without coming back%s; idle now %s",
                name, Strength.number(means.get(c.start)), Strength.number(means.get(means.size() - 1)), c.rises,
                Strength.duration(ctx.now() - start),
                Double.isNaN(load) ? " (load unknown)" : loadFactor == 1 ? " while the load stayed flat"
                        : String.format(java.util.Locale.ROOT, " while the load changed %+d%%", Math.round(100 * (load - 1))),
                Strength.number(idle));
        return b.since(start).text(text).fact("loadRatio", load).present(Strength.ramp(c.rises, MIN_RISES - 1, 5) * loadFactor);
    }

    private static List<Double> buckets(EvidenceContext ctx, Series active, List<long[]> times) {
        List<Double> out = new ArrayList<>();
        long first = ctx.now() - ctx.windows().leak();
        for (long from = first; from < ctx.now(); from += BUCKET) {
            double m = Stats.of(active, from, Math.min(from + BUCKET, ctx.now() + 1)).mean();
            if (!Double.isNaN(m)) {
                out.add(m);
                times.add(new long[] {from});
            }
        }
        return out;
    }

    /** Request rate over the last bucket against the rate when the climb started; NaN without an access log. */
    private static double loadRatio(EvidenceContext ctx, long climbStart) {
        double before = 0;
        double now = 0;
        for (Series s : ctx.logSeries(Metrics.REQUEST_RATE)) {
            long end = Stats.dataEnd(s, ctx.now(), ctx.windows().stale());
            double b = Stats.of(s, climbStart - BUCKET, climbStart + BUCKET).mean();
            double n = end < 0 ? Double.NaN : Stats.of(s, end - 2 * BUCKET, end).mean();
            if (!Double.isNaN(b) && !Double.isNaN(n)) {
                before += b;
                now += n;
            }
        }
        return before > 0 ? now / before : Double.NaN;
    }

    /** The climb from the last low point to now, in bucket means. */
    private record Climb(int start, int rises, int falls, double rise, double maxStep, double end) {
        static Climb of(List<Double> m, double max) {
            double min = m.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            int start = 0;
            for (int i = 0; i < m.size(); i++) {
                if (m.get(i) <= min + 0.5) {
                    start = i;
                }
            }
            int rises = 0;
            int falls = 0;
            double maxStep = 0;
            double fallLimit = Math.max(1, 0.1 * max);
            for (int i = start + 1; i < m.size(); i++) {
                double step = m.get(i) - m.get(i - 1);
                rises += step > 0.25 ? 1 : 0;
                falls += step < -fallLimit ? 1 : 0;
                maxStep = Math.max(maxStep, step);
            }
            double end = m.get(m.size() - 1);
            return new Climb(start, rises, falls, end - m.get(start), maxStep, end);
        }

        /** Gradual (no single jump carries it), never returning, and large enough to eat a real part of the pool. */
        boolean looksLikeLeak(double max) {
            return rises >= MIN_RISES && falls == 0 && rise >= Math.max(2, 0.3 * max) && maxStep <= 0.5 * rise
                    && end >= 0.5 * max;
        }
    }
}
