package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

/**
 * Share of wall time the JVM spends in GC pauses: from JMX ({@code jvm.gc.share}) or, without JMX, the GC log's
 * pauses summed over the window. A healthy service spends a few percent at most; above ~10% every request feels it
 * (the JVM's own GC-overhead limit is about time spent in GC, not about heap numbers).
 */
public final class GcShare implements EvidenceRule {
    private static final double NORMAL_PERCENT = 3;
    private static final double BAD_PERCENT = 10;

    @Override
    public String id() {
        return EvidenceIds.GC_SHARE;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        Evidence fromJmx = fromJmx(ctx);
        return fromJmx != null ? fromJmx : fromGcLog(ctx);
    }

    private Evidence fromJmx(EvidenceContext ctx) {
        Series worst = null;
        double worstShare = -1;
        for (Series s : ctx.jvmSeries(Metrics.GC_SHARE)) {
            double m = Stats.of(s, ctx.recentFrom(), ctx.now() + 1).mean();
            if (!Double.isNaN(m) && m > worstShare) {
                worst = s;
                worstShare = m;
            }
        }
        if (worst == null) {
            return null;
        }
        double before = Stats.of(worst, ctx.baselineFrom(), ctx.recentFrom()).percentile(50);
        long since = Stats.streakStart(worst, ctx.now(), ctx.windows().tolerance(), v -> v >= NORMAL_PERCENT);
        return judge(ctx, worstShare, before, since, "on " + worst.id().target()).series(worst.id().toString(),
                since < 0 ? ctx.recentFrom() : since, ctx.now() + 1).judged(strength(worstShare), 1e-9);
    }

    private Evidence fromGcLog(EvidenceContext ctx) {
        double worstShare = -1;
        Series worst = null;
        for (Series s : ctx.logSeries(Metrics.GC_PAUSE)) {
            long end = Stats.dataEnd(s, ctx.now(), ctx.windows().stale());
            if (end < 0) {
                continue;
            }
            double share = 100 * Stats.of(s, end - ctx.windows().recent(), end).sum() / ctx.windows().recent();
            if (share > worstShare) {
                worstShare = share;
                worst = s;
            }
        }
        if (worst == null) {
            return Evidence.unknown(id(), "No GC time seen (neither JMX nor a GC log).");
        }
        return judge(ctx, worstShare, Double.NaN, -1, "in " + worst.id().target() + "'s GC log")
                .series(worst.id().toString(), ctx.recentFrom(), ctx.now() + 1).judged(strength(worstShare), 1e-9);
    }

    private EvidenceBuilder judge(EvidenceContext ctx, double share, double before, long since, String where) {
        String text = String.format(java.util.Locale.ROOT, "%s%% of wall time in GC %s over the last %ds%s%s",
                Strength.number(share), where, ctx.windows().recent() / 1000,
                Double.isNaN(before) ? "" : ", " + Strength.number(before) + "% before",
                since < 0 ? "" : ", above " + Strength.number(NORMAL_PERCENT) + "% for " + Strength.duration(ctx.now() - since));
        return new EvidenceBuilder(id()).value(share).since(since).text(text).fact("percent", share).fact("beforePercent", before);
    }

    private static double strength(double percent) {
        return Strength.ramp(percent, NORMAL_PERCENT, BAD_PERCENT);
    }
}
