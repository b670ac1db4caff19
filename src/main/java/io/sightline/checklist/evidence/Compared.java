package io.sightline.checklist.evidence;

import io.sightline.series.Series;

/**
 * One series now against before. "Now" is its newest {@code recent} of data (log buckets lag the clock); "before" is
 * the baseline window up to there. For a signal that is worse when higher the baseline is its 25th percentile: an
 * incident that already fills part of the baseline window does not become the new normal until it fills 3/4 of it.
 */
record Compared(Series series, double now, double before, long recentFrom, long recentTo, long baselineFrom) {

    /** Null when the series has no recent data or no baseline. */
    static Compared of(EvidenceContext ctx, Series s, double baselinePercentile) {
        long end = Stats.dataEnd(s, ctx.now(), ctx.windows().stale());
        if (end < 0) {
            return null;
        }
        long recentFrom = end - ctx.windows().recent();
        Stats recent = Stats.of(s, recentFrom, end);
        Stats base = Stats.of(s, ctx.baselineFrom(), recentFrom);
        if (recent.isEmpty() || base.count() < 3) {
            return null;
        }
        return new Compared(s, recent.percentile(50), base.percentile(baselinePercentile), recentFrom, end, ctx.baselineFrom());
    }

    double ratio(double floor) {
        return now / Math.max(before, floor);
    }
}
