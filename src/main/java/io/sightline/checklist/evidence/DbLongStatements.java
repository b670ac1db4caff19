package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

import java.util.List;
import java.util.Locale;

/**
 * The database's own clock on its statements: how often, over the last 30 s, its longest-running statement was
 * older than a second (or than 3× what was usual before, for a database that always runs long ones). Long
 * statements, blocked ones included, are what keeps connections busy when queries or locks are the cause.
 */
public final class DbLongStatements implements EvidenceRule {
    /** An OLTP statement running for a second is long whatever the service; a batch database sets its own norm. */
    private static final double LONG_MS = 1000;

    @Override
    public String id() {
        return EvidenceIds.DB_LONG_STATEMENTS;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        List<Series> all = ctx.dbSeries(Metrics.DB_STATEMENT_LONGEST);
        Series worst = null;
        double worstShare = -1;
        Stats worstRecent = null;
        double worstLimit = LONG_MS;
        for (Series s : all) {
            Stats recent = Stats.of(s, ctx.recentFrom(), ctx.now() + 1);
            if (recent.isEmpty()) {
                continue;
            }
            Stats before = Stats.of(s, ctx.baselineFrom(), ctx.recentFrom());
            double usual = before.count() >= 10 ? before.percentile(25) : 0; // p25: an incident does not become the norm
            double limit = Math.max(LONG_MS, 3 * usual);
            double share = recent.fraction(v -> v >= limit);
            if (share > worstShare) {
                worst = s;
                worstShare = share;
                worstRecent = recent;
                worstLimit = limit;
            }
        }
        if (worst == null) {
            return Evidence.unknown(id(), "No database-side view (record with --db-url): statement ages unknown.");
        }
        double limit = worstLimit;
        long since = Stats.streakStart(worst, ctx.now(), ctx.windows().tolerance(), v -> v >= limit);
        String text = worstShare == 0
                ? String.format(Locale.ROOT, "The database ran no statement longer than %s in the last %ds (longest %s)",
                Strength.age(limit), ctx.windows().recent() / 1000, Strength.age(worstRecent.max()))
                : String.format(Locale.ROOT, "The database had a statement running longer than %s in %d%% of the last %ds (longest %s)%s",
                Strength.age(limit), Math.round(100 * worstShare), ctx.windows().recent() / 1000,
                Strength.age(worstRecent.max()), since < 0 ? "" : ", since " + Strength.duration(ctx.now() - since) + " ago");
        return new EvidenceBuilder(id()).value(worstRecent.max()).since(since).text(text).subject(worst.id().target())
                .fact("longestMs", worstRecent.max()).fact("share", worstShare).fact("limitMs", limit)
                .series(worst.id().toString(), since < 0 ? ctx.recentFrom() : since, ctx.now() + 1)
                .judged(Strength.ramp(worstShare, 0.1, 0.5), 1e-9);
    }
}
