package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

import java.util.ArrayList;
import java.util.List;

/** The worst request latency percentile now against before, over every log source that derives latency. */
public final class LatencyRise implements EvidenceRule {
    /** Below a few ms a "rise" is noise in the buckets, not something users feel. */
    private static final double FLOOR_MS = 5;
    private static final double RISEN = 1.5;

    @Override
    public String id() {
        return EvidenceIds.LATENCY_RISE;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        List<Series> candidates = new ArrayList<>(ctx.logSeries(Metrics.LATENCY_P99));
        if (candidates.isEmpty()) {
            candidates.addAll(ctx.logSeries(Metrics.LATENCY_P95));
        }
        candidates.addAll(ctx.logSeries(Metrics.LATENCY_P50));
        Compared worst = null;
        for (Series s : candidates) {
            Compared c = Compared.of(ctx, s, 25);
            if (c != null && (worst == null || c.ratio(FLOOR_MS) > worst.ratio(FLOOR_MS))) {
                worst = c;
            }
        }
        if (worst == null) {
            return Evidence.unknown(id(), "No request latency with a baseline.");
        }
        double ratio = worst.ratio(FLOOR_MS);
        double threshold = Math.max(worst.before(), FLOOR_MS) * RISEN;
        long since = Stats.streakStart(worst.series(), ctx.now(), ctx.windows().tolerance(), v -> v >= threshold);
        String text = String.format(java.util.Locale.ROOT, "%s %s ms, was %s ms before (x%s)%s",
                worst.series().id().metric(), Strength.number(worst.now()), Strength.number(worst.before()),
                Strength.number(ratio), since < 0 ? "" : ", since " + Strength.duration(ctx.now() - since) + " ago");
        return new EvidenceBuilder(id()).value(ratio).since(since).text(text).subject(worst.series().id().toString())
                .fact("nowMs", worst.now()).fact("beforeMs", worst.before()).fact("ratio", ratio)
                .series(worst.series().id().toString(), worst.baselineFrom(), worst.recentTo())
                .judged(Strength.ramp(ratio, RISEN, 3), 1e-9);
    }
}
