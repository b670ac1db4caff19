package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

import java.util.List;
import java.util.Locale;

/**
 * Sessions the database itself reports waiting for a lock: the share of the last 30 s of samples with any, beyond
 * what was usual before. Unlike lock-timeout lines in a log, this sees waits that end without an error.
 */
public final class DbServerLockWaits implements EvidenceRule {
    @Override
    public String id() {
        return EvidenceIds.DB_SERVER_LOCK_WAITS;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        List<Series> all = ctx.dbSeries(Metrics.DB_SESSIONS_LOCK_WAITING);
        Series worst = null;
        double worstExcess = -1;
        Stats worstRecent = null;
        double worstShare = 0;
        for (Series s : all) {
            Stats recent = Stats.of(s, ctx.recentFrom(), ctx.now() + 1);
            if (recent.isEmpty()) {
                continue;
            }
            Stats before = Stats.of(s, ctx.baselineFrom(), ctx.recentFrom());
            double share = recent.fraction(v -> v > 0);
            double usual = before.count() >= 10 ? before.fraction(v -> v > 0) : 0;
            double excess = share - usual;
            if (excess > worstExcess) {
                worst = s;
                worstExcess = excess;
                worstRecent = recent;
                worstShare = share;
            }
        }
        if (worst == null) {
            return Evidence.unknown(id(), "No database-side view (record with --db-url): lock waits on the server unknown.");
        }
        long since = Stats.streakStart(worst, ctx.now(), ctx.windows().tolerance(), v -> v > 0);
        String text = worstShare == 0
                ? String.format(Locale.ROOT, "No session waited for a lock on the database in the last %ds", ctx.windows().recent() / 1000)
                : String.format(Locale.ROOT, "Sessions waiting for a lock on the database in %d%% of the last %ds (up to %s at once)%s",
                Math.round(100 * worstShare), ctx.windows().recent() / 1000, Strength.number(worstRecent.max()),
                since < 0 ? "" : ", since " + Strength.duration(ctx.now() - since) + " ago");
        return new EvidenceBuilder(id()).value(worstRecent.max()).since(since).text(text).subject(worst.id().target())
                .fact("waitingMax", worstRecent.max()).fact("share", worstShare)
                .series(worst.id().toString(), since < 0 ? ctx.recentFrom() : since, ctx.now() + 1)
                .judged(Strength.ramp(worstExcess, 0.05, 0.4), 1e-9);
    }
}
