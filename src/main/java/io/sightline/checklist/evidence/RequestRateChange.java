package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

/** Total request rate now against the median before: a surge, or a drop (clients giving up, traffic moved away). */
public final class RequestRateChange implements EvidenceRule {
    @Override
    public String id() {
        return EvidenceIds.REQUEST_RATE_CHANGE;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        double now = 0;
        double before = 0;
        EvidenceBuilder b = new EvidenceBuilder(id());
        boolean any = false;
        for (Series s : ctx.logSeries(Metrics.REQUEST_RATE)) {
            Compared c = Compared.of(ctx, s, 50);
            if (c != null) {
                any = true;
                now += c.now();
                before += c.before();
                b.series(s.id().toString(), c.baselineFrom(), c.recentTo());
            }
        }
        if (!any || !(before > 0)) {
            return Evidence.unknown(id(), "No request rate with a baseline.");
        }
        double ratio = now / before;
        String text = String.format(java.util.Locale.ROOT, "Requests %s/s, %s/s before (%+d%%)", Strength.number(now),
                Strength.number(before), Math.round(100 * (ratio - 1)));
        // Symmetric in log space: doubling and halving are equally large changes.
        double change = Math.abs(Math.log(ratio));
        return b.value(ratio).text(text).fact("ratePerSecond", now).fact("beforePerSecond", before).fact("ratio", ratio)
                .judged(Strength.ramp(change, Math.log(1.3), Math.log(2)), 1e-9);
    }
}
