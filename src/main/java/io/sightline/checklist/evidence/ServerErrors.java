package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

import java.util.List;

/** The share of requests answered 5xx now, above what it was before. */
public final class ServerErrors implements EvidenceRule {
    @Override
    public String id() {
        return EvidenceIds.SERVER_ERRORS;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        List<Series> errors = ctx.logSeries(Metrics.HTTP_5XX_RATE);
        List<Series> rates = ctx.logSeries(Metrics.REQUEST_RATE);
        if (errors.isEmpty() || rates.isEmpty()) {
            return Evidence.unknown(id(), "No 5xx and request rates from an access log.");
        }
        long newest = -1;
        for (Series r : rates) {
            newest = Math.max(newest, Stats.dataEnd(r, ctx.now(), ctx.windows().stale()));
        }
        long end = newest;
        if (end < 0) {
            return Evidence.unknown(id(), "No recent access-log data.");
        }
        long from = end - ctx.windows().recent();
        double shareNow = Math.min(1, share(errors, rates, from, end, 50));
        // The usual error share: a low percentile, so an incident already in the baseline window does not set it.
        double shareBefore = share(errors, rates, ctx.baselineFrom(), from, 25);
        double rise = shareNow - (Double.isNaN(shareBefore) ? 0 : shareBefore);
        String text = String.format(java.util.Locale.ROOT, "%s%% of requests failed with 5xx over the last %ds%s",
                Strength.number(100 * shareNow), ctx.windows().recent() / 1000,
                Double.isNaN(shareBefore) ? "" : ", " + Strength.number(100 * shareBefore) + "% before");
        EvidenceBuilder b = new EvidenceBuilder(id()).value(shareNow).text(text).fact("share", shareNow).fact("shareBefore", shareBefore);
        errors.forEach(s -> b.series(s.id().toString(), ctx.baselineFrom(), end));
        // Half a percent more failures is already users noticing; five percent is an outage.
        return b.judged(Strength.ramp(rise, 0.005, 0.05), 1e-9);
    }

    private static double share(List<Series> errors, List<Series> rates, long from, long to, double percentile) {
        double e = 0;
        double r = 0;
        for (Series s : errors) {
            double m = Stats.of(s, from, to).percentile(percentile);
            e += Double.isNaN(m) ? 0 : m;
        }
        for (Series s : rates) {
            double m = Stats.of(s, from, to).percentile(50);
            r += Double.isNaN(m) ? 0 : m;
        }
        return r > 0 ? e / r : Double.NaN;
    }
}
