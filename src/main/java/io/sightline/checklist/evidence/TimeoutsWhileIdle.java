package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Event;
import io.sightline.series.EventAttributes;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pool timeouts while the pool had idle connections. A pool that is simply too small times out with idle=0; idle
 * connections that nobody gets mean they fail validation or cannot be handed out: the database or the network
 * in between is the suspect. Read from the timeout lines' own numbers, or from the JMX idle gauge at the time.
 */
public final class TimeoutsWhileIdle implements EvidenceRule {
    @Override
    public String id() {
        return EvidenceIds.POOL_TIMEOUTS_WHILE_IDLE;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        List<Event> timeouts = ctx.events(Set.of(EventKinds.LOG_POOL_TIMEOUT), ctx.now() - ctx.windows().events());
        if (timeouts.isEmpty()) {
            Evidence t = earlier.get(EvidenceIds.POOL_TIMEOUTS);
            return t.known() ? new EvidenceBuilder(id()).value(0).text("No pool timeouts").absent()
                    : Evidence.unknown(id(), "Pool timeouts unknown.");
        }
        List<Event> whileIdle = new ArrayList<>();
        int judged = 0;
        for (Event e : timeouts) {
            double idle = idleAt(ctx, e);
            if (!Double.isNaN(idle)) {
                judged++;
                if (idle > 0) {
                    whileIdle.add(e);
                }
            }
        }
        if (judged == 0) {
            return Evidence.unknown(id(), "Pool timeouts seen, idle count unknown.");
        }
        double share = (double) whileIdle.size() / judged;
        String text = whileIdle.isEmpty() ? "Every pool timeout came with no idle connection"
                : whileIdle.size() + " of " + judged + " pool timeouts came while the pool had idle connections";
        return new EvidenceBuilder(id()).value(share).text(text).events(whileIdle).fact("count", whileIdle.size())
                .since(whileIdle.isEmpty() ? -1 : whileIdle.get(0).timeMillis())
                .judged(Strength.ramp(share, 0.1, 0.5), 1e-9);
    }

    /** The idle count the line states, else the JMX idle gauge of its pool at that moment; NaN when unknown. */
    private static double idleAt(EvidenceContext ctx, Event e) {
        String stated = e.attribute(EventAttributes.POOL_IDLE);
        if (stated != null) {
            try {
                return Double.parseDouble(stated.trim());
            } catch (NumberFormatException bad) {
                return Double.NaN;
            }
        }
        String poolName = e.attribute(EventAttributes.POOL);
        for (PoolRef pool : ctx.pools()) {
            if (poolName == null || poolName.equals(pool.pool())) {
                Optional<Series> idle = pool.series(Metrics.POOL_IDLE);
                if (idle.isPresent()) {
                    return Stats.last(idle.get(), e.timeMillis(), ctx.windows().tolerance());
                }
            }
        }
        return Double.NaN;
    }
}
