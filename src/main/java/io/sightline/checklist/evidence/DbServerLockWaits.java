package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;

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
        DbWindow w = DbWindow.worst(ctx, Metrics.DB_SESSIONS_LOCK_WAITING, DbServerLockWaits::excess);
        if (w == null) {
            return Evidence.unknown(id(), "No database-side view (record with --db-url): lock waits on the server unknown.");
        }
        double share = w.recent().fraction(v -> v > 0);
        double most = w.recent().max();
        long since = Stats.streakStart(w.series(), ctx.now(), ctx.windows().tolerance(), v -> v > 0);
        String text = share == 0
                ? String.format(Locale.ROOT, "No session waited for a lock on the database in the last %ds", ctx.windows().recent() / 1000)
                : String.format(Locale.ROOT, "Sessions waiting for a lock on the database in %d%% of the last %ds (up to %s at once)%s",
                Math.round(100 * share), ctx.windows().recent() / 1000, Strength.number(most),
                since < 0 ? "" : ", since " + Strength.duration(ctx.now() - since) + " ago");
        return new EvidenceBuilder(id()).value(most).since(since).text(text).subject(w.series().id().target())
                .fact("waitingMax", most).fact("share", share)
                .series(w.series().id().toString(), since < 0 ? ctx.recentFrom() : since, ctx.now() + 1)
                .judged(Strength.ramp(excess(w), 0.05, 0.4), 1e-9);
    }

    /** Share of recent samples with a lock wait beyond the usual share (a busy database has some). */
    private static double excess(DbWindow w) {
        double usual = w.hasBaseline() ? w.before().fraction(v -> v > 0) : 0;
        return w.recent().fraction(v -> v > 0) - usual;
    }
}
