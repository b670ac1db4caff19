package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.EventAttributes;
import io.sightline.series.Series;

/**
 * Connections in use that no thread is using: the pools' active count at the dump against the threads doing JDBC
 * I/O in it. A leaked connection is active in the pool while its borrower has long moved on.
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
        // Threads between two statements hold a connection without I/O too, so only a large share means leaked.
        return new EvidenceBuilder(id()).value(held).text(text).fact("held", held).fact("active", active)
                .since(dump.time()).events(dump.dumps()).judged(Strength.ramp(share, 0.3, 0.7), 1e-9);
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
