package io.sightline.checklist.evidence;

import io.sightline.series.Series;

import java.util.function.ToDoubleFunction;

/** One watched database's series over the "now" window and the baseline before it. */
record DbWindow(Series series, Stats recent, Stats before) {
    /** Baselines shorter than this many samples (10 s of polling) are no norm. */
    private static final int MIN_BASELINE = 10;

    /** The database whose {@code metric} scores worst by {@code worse}, or null when none has recent samples. */
    static DbWindow worst(EvidenceContext ctx, String metric, ToDoubleFunction<DbWindow> worse) {
        DbWindow worst = null;
        for (Series s : ctx.dbSeries(metric)) {
            Stats recent = Stats.of(s, ctx.recentFrom(), ctx.now() + 1);
            if (recent.isEmpty()) {
                continue;
            }
            DbWindow w = new DbWindow(s, recent, Stats.of(s, ctx.baselineFrom(), ctx.recentFrom()));
            if (worst == null || worse.applyAsDouble(w) > worse.applyAsDouble(worst)) {
                worst = w;
            }
        }
        return worst;
    }

    boolean hasBaseline() {
        return before.count() >= MIN_BASELINE;
    }
}
