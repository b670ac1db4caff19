package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;

import java.util.Locale;

/**
 * Connections in use against the database's own limit, as the server counts them: every client, not only this
 * service's pool. Ordinary users are refused at max_connections less the reserved slots, so that is the ceiling.
 */
public final class DbConnectionsNearLimit implements EvidenceRule {
    @Override
    public String id() {
        return EvidenceIds.DB_CONNECTIONS_NEAR_LIMIT;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        Evidence worst = null;
        for (Series used : ctx.dbSeries(Metrics.DB_CONNECTIONS_USED)) {
            Evidence e = forDatabase(ctx, used);
            if (e != null && (worst == null || e.value() > worst.value())) {
                worst = e;
            }
        }
        return worst != null ? worst
                : Evidence.unknown(id(), "No database connection limit seen (needs the database-side view of PostgreSQL).");
    }

    private Evidence forDatabase(EvidenceContext ctx, Series used) {
        SeriesId id = used.id();
        double max = lastOf(ctx, SeriesId.of(id.source(), id.target(), Metrics.DB_CONNECTIONS_MAX));
        double reserved = lastOf(ctx, SeriesId.of(id.source(), id.target(), Metrics.DB_CONNECTIONS_RESERVED));
        Stats recent = Stats.of(used, ctx.recentFrom(), ctx.now() + 1);
        if (recent.isEmpty() || !(max > 0)) {
            return null;
        }
        double ceiling = Math.max(1, max - (Double.isNaN(reserved) ? 0 : reserved));
        double peak = recent.max();
        double ratio = peak / ceiling;
        long since = Stats.streakStart(used, ctx.now(), ctx.windows().tolerance(), v -> v / ceiling >= 0.9);
        String text = String.format(Locale.ROOT, "The database has %s of %s connections in use (max_connections %s, %s reserved): %d%%%s",
                Strength.number(peak), Strength.number(ceiling), Strength.number(max), Strength.number(Double.isNaN(reserved) ? 0 : reserved),
                Math.round(100 * ratio), since < 0 ? "" : ", at 90% or more for " + Strength.duration(ctx.now() - since));
        // Pools open connections in bursts: the last tenth of the limit is already where refusals begin.
        return new EvidenceBuilder(id()).value(ratio).since(since).text(text).subject(id.target())
                .fact("used", peak).fact("max", max).fact("ceiling", ceiling)
                .series(id.toString(), since < 0 ? ctx.recentFrom() : since, ctx.now() + 1)
                .judged(Strength.ramp(ratio, 0.85, 1.0), 1e-9);
    }

    private static double lastOf(EvidenceContext ctx, SeriesId id) {
        return ctx.dbSeries(id.metric()).stream().filter(s -> s.id().equals(id)).findFirst()
                .map(s -> Stats.lastBeforeGap(s, ctx.now())).orElse(Double.NaN);
    }
}
