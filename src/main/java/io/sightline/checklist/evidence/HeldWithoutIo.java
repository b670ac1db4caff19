package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.EventAttributes;
import io.sightline.series.Series;

/**
 * Connections in use that no thread is using: the pools' active count at the dump against the threads doing JDBC
 * I/O in it. A leaked connection is active in the pool while its borrower has long moved on.
 *
 * <p>A thread also holds its connection without I/O while it works between statements (renders a page, calls a
 * service inside the transaction). In a saturated pool every connection is held so, and the dump alone would call
 * that a leak. What tells them apart is whether connections come back: a leaked one never does, so the time a
 * request holds its connection grows (Little's law, {@link PoolHoldTime}); held by working threads, it stays as before.
 */
public final class HeldWithoutIo implements EvidenceRule {
    @Override
    public String id() {
        return EvidenceIds.HELD_WITHOUT_IO;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        ThreadDump dump = ThreadDump.latest(ctx);
        double io = dump == null ? Double.NaN : dump.count(EventAttributes.DUMP_JDBC_IO);
        if (Double.isNaN(io)) {
            return Evidence.unknown(id(), "No recent thread dump with JDBC I/O threads.");
        }
        double active = 0;
        double max = 0;
        for (PoolRef pool : ctx.pools()) {
            Series a = pool.store().find(pool.activeId()).orElseThrow();
            active += nanToZero(Stats.last(a, dump.time(), ctx.windows().tolerance()));
            max += nanToZero(pool.maxAt(dump.time()));
        }
        if (!(max > 0)) {
            return Evidence.unknown(id(), "No pool size at the time of the dump.");
        }
        double held = Math.max(0, active - io);
        double share = held / max;
        String text = String.format("%s of %s active connections had no thread in JDBC I/O at the dump %s ago",
                Strength.number(held), Strength.number(active), Strength.duration(ctx.now() - dump.time()));
        Evidence hold = earlier.get(EvidenceIds.POOL_HOLD_TIME);
        double returning = notComingBack(hold);
        if (returning < 1) {
            text += String.format(java.util.Locale.ROOT, ", but connections come back %s: each is held ~%s ms per request, ~%s ms before",
                    returning == 0 ? "as fast as before" : "almost as fast as before",
                    Strength.number(hold.fact("holdNowMs")), Strength.number(hold.fact("holdBaselineMs")));
        }
        // Threads between two statements hold a connection without I/O too, so only a large share means leaked.
        return new EvidenceBuilder(id()).value(held).text(text).fact("held", held).fact("active", active)
                .fact("holdRatio", hold.fact("ratio"))
                .since(dump.time()).events(dump.dumps()).judged(Strength.ramp(share, 0.3, 0.7) * returning, 1e-9);
    }

    /**
     * 1 when connections are held longer per request than before (or that is unknown), down to 0 when they are
     * returned as fast as before: then the idle-handed holders are working threads of a busy pool, not a leak.
     */
    private static double notComingBack(Evidence hold) {
        double ratio = hold.fact("ratio");
        return hold.known() && !Double.isNaN(ratio) ? Strength.ramp(ratio, 1.1, 1.6) : 1;
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
