package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;

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
        DbWindow w = DbWindow.worst(ctx, Metrics.DB_STATEMENT_LONGEST, d -> d.recent().fraction(v -> v >= limit(d)));
        if (w == null) {
            return Evidence.unknown(id(), "No database-side view (record with --db-url): statement ages unknown.");
        }
        double limit = limit(w);
        double share = w.recent().fraction(v -> v >= limit);
        double longest = w.recent().max();
        long since = Stats.streakStart(w.series(), ctx.now(), ctx.windows().tolerance(), v -> v >= limit);
        String text = share == 0
                ? String.format(Locale.ROOT, "The database ran no statement longer than %s in the last %ds (longest %s)",
                Strength.age(limit), ctx.windows().recent() / 1000, Strength.age(longest))
                : String.format(Locale.ROOT, "The database had a statement running longer than %s in %d%% of the last %ds (longest %s)%s",
                Strength.age(limit), Math.round(100 * share), ctx.windows().recent() / 1000, Strength.age(longest),
                since < 0 ? "" : ", since " + Strength.duration(ctx.now() - since) + " ago");
        return new EvidenceBuilder(id()).value(longest).since(since).text(text).subject(w.series().id().target())
                .fact("longestMs", longest).fact("share", share).fact("limitMs", limit)
                .series(w.series().id().toString(), since < 0 ? ctx.recentFrom() : since, ctx.now() + 1)
                .judged(Strength.ramp(share, 0.1, 0.5), 1e-9);
    }

    /** p25 of the baseline: an incident already in the window does not become the norm. */
    private static double limit(DbWindow w) {
        return Math.max(LONG_MS, w.hasBaseline() ? 3 * w.before().percentile(25) : 0);
    }
}
