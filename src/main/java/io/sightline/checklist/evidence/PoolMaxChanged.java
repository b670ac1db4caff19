package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A pool whose maximum is now lower than it was earlier in the history window: a configuration change or a
 * restart with another configuration (the series of one target continues across its restarts).
 */
public final class PoolMaxChanged extends PerPoolRule {
    public PoolMaxChanged() {
        super(EvidenceIds.POOL_MAX_CHANGED, "No pool maximum seen.", Evidence::strength);
    }

    @Override
    Evidence forPool(EvidenceContext ctx, PoolRef pool) {
        Optional<Series> maxSeries = pool.series(Metrics.POOL_MAX);
        if (maxSeries.isEmpty()) {
            return null;
        }
        long now = ctx.now();
        double current = pool.maxAt(now);
        long from = now - ctx.windows().history();
        double before = Stats.of(maxSeries.get(), from, now + 1).max();
        if (Double.isNaN(current) || Double.isNaN(before)) {
            return null;
        }
        EvidenceBuilder b = new EvidenceBuilder(id()).value(current).subject(pool.name())
                .fact("max", current).fact("previousMax", before)
                .series(maxSeries.get().id().toString(), from, now + 1);
        if (before <= current) {
            return b.text("Pool " + pool.name() + " maximum " + Strength.number(current) + ", unchanged").absent();
        }
        long changedAt = lastTimeAbove(maxSeries.get(), now, current);
        List<Event> causes = ctx.events(Set.of(EventKinds.TARGET_RESTARTED, EventKinds.POOL_CONFIG_CHANGED), from);
        causes.removeIf(e -> !e.source().endsWith(pool.target()));
        String text = String.format("Pool %s maximum is %s, was %s until %s ago%s", pool.name(),
                Strength.number(current), Strength.number(before), Strength.duration(now - changedAt),
                causes.isEmpty() ? "" : " (" + causes.get(causes.size() - 1).kind() + ")");
        // Any lower maximum matters: the same load now meets fewer connections.
        return b.since(changedAt).text(text).fact("changedAt", changedAt).events(causes).present(1.0);
    }

    /** The time of the first sample at or below {@code current} after the last sample above it. */
    private static long lastTimeAbove(Series s, long now, double current) {
        Series.Snapshot snap = s.snapshot();
        int i = snap.floorIndex(now);
        long t = i >= 0 ? snap.time(i) : now;
        for (; i >= 0; i--) {
            double v = snap.value(i);
            if (!Double.isNaN(v) && v > current) {
                break;
            }
            t = snap.time(i);
        }
        return t;
    }
}
