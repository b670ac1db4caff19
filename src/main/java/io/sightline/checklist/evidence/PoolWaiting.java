package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

import java.util.Optional;

/** Threads queueing for a connection on the worst pool, and for how long some have been. */
public final class PoolWaiting extends PerPoolRule {
    public PoolWaiting() {
        super(EvidenceIds.POOL_WAITING, "No pool's waiting threads seen.", Evidence::value);
    }

    @Override
    Evidence forPool(EvidenceContext ctx, PoolRef pool) {
        Optional<Series> waiting = pool.series(Metrics.POOL_WAITING);
        if (waiting.isEmpty()) {
            return null;
        }
        long now = ctx.now();
        Stats recent = Stats.of(waiting.get(), ctx.recentFrom(), now + 1);
        if (recent.isEmpty()) {
            return null;
        }
        // Share of samples with someone waiting: one burst is normal under load, a queue that never drains is not.
        double share = recent.fraction(v -> v > 0);
        double last = Stats.last(waiting.get(), now, ctx.windows().stale());
        long since = Stats.streakStart(waiting.get(), now, ctx.windows().tolerance(), v -> v > 0);
        long forMs = since < 0 ? 0 : now - since;
        String text = share == 0 ? "No thread waiting for a connection on " + pool.name()
                : String.format(java.util.Locale.ROOT, "%s threads waiting for a connection on %s (%d%% of the last %ds)%s",
                Strength.number(last), pool.name(), Math.round(100 * share), ctx.windows().recent() / 1000,
                since < 0 ? "" : ", for " + Strength.duration(forMs));
        return new EvidenceBuilder(id()).value(recent.mean()).since(since).text(text).subject(pool.name())
                .fact("waiting", last).fact("waitingMean", recent.mean()).fact("waitingMs", forMs)
                .series(waiting.get().id().toString(), since < 0 ? ctx.recentFrom() : since, now + 1)
                .judged(Strength.ramp(share, 0.1, 0.6), 1e-9);
    }
}
