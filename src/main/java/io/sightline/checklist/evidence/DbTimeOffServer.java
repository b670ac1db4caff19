package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Event;
import io.sightline.series.EventAttributes;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The client's and the database's clocks on the same moment: threads the newest dump finds inside a JDBC driver's
 * socket read (waiting for an answer) against the statements the database was executing then. A thread waiting
 * for an answer to a statement the database is not running waits on what lies between them: the network, a proxy,
 * a stalled link. Slow queries and lock waits show on both sides at once, so they leave no gap.
 *
 * <p>The database is sampled once a second, so "executing then" is the most it reported within 2 s of the dump:
 * generous to the database (a short statement caught by either side counts), so a gap is never an artefact of timing.
 * A gap that was usual before (calm dumps in the baseline, 25th percentile) is subtracted: some links are always slow.
 */
public final class DbTimeOffServer implements EvidenceRule {
    private static final long AROUND_DUMP = 2_000;

    @Override
    public String id() {
        return EvidenceIds.DB_TIME_OFF_SERVER;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        List<Series> active = ctx.dbSeries(Metrics.DB_SESSIONS_ACTIVE);
        if (active.isEmpty()) {
            return Evidence.unknown(id(), "No database-side view (record with --db-url): cannot compare client waits with the database's own.");
        }
        ThreadDump dump = ThreadDump.latest(ctx);
        double io = dump == null ? Double.NaN : dump.count(EventAttributes.DUMP_JDBC_IO);
        if (Double.isNaN(io)) {
            return Evidence.unknown(id(), "No recent thread dump with JDBC I/O threads to compare with the database's sessions.");
        }
        double serving = maxAround(ctx, active, dump.time());
        if (Double.isNaN(serving)) {
            return Evidence.unknown(id(), "The database-side view has no sample near the newest thread dump.");
        }
        double gap = Math.max(0, io - serving);
        double usual = usualGap(ctx, active);
        double excess = Math.max(0, gap - usual);
        double share = io > 0 ? gap / io : 0;
        double longest = maxAround(ctx, ctx.dbSeries(Metrics.DB_STATEMENT_LONGEST), dump.time());
        String text = String.format(Locale.ROOT,
                "%s client threads waited in JDBC I/O at the dump %s ago while the database was executing %s statements at most"
                        + " (longest %s): %s of them waited on the way to the database, not in it%s",
                Strength.number(io), Strength.duration(ctx.now() - dump.time()), Strength.number(serving),
                Strength.age(longest), Strength.number(gap),
                usual > 0 ? " (usual gap " + Strength.number(usual) + ")" : "");
        EvidenceBuilder b = new EvidenceBuilder(id()).value(gap).since(dump.time()).text(text).events(dump.dumps())
                .fact("jdbcIo", io).fact("executing", serving).fact("gap", gap).fact("usualGap", usual)
                .fact("longestMs", longest);
        active.forEach(s -> b.series(s.id().toString(), dump.time() - AROUND_DUMP, Math.min(ctx.now(), dump.time() + AROUND_DUMP) + 1));
        // A couple of threads caught mid round trip is normal; most of many waiting threads unaccounted for is not.
        return b.judged(Strength.ramp(share, 0.5, 0.9) * Strength.ramp(excess, 2, 6), 1e-9);
    }

    /** Summed over databases, the most each reported within 2 s of {@code t} (never past now); NaN if none sampled. */
    private static double maxAround(EvidenceContext ctx, List<Series> series, long t) {
        double sum = Double.NaN;
        for (Series s : series) {
            double m = Stats.of(s, t - AROUND_DUMP, Math.min(ctx.now(), t + AROUND_DUMP) + 1).max();
            if (!Double.isNaN(m)) {
                sum = (Double.isNaN(sum) ? 0 : sum) + m;
            }
        }
        return sum;
    }

    /**
     * The 25th percentile of the gap at the baseline's calm dumps (nobody queued for a connection); 0 with fewer
     * than two. Dumps taken because threads queued belong to an incident, maybe this one: they are no norm.
     */
    private static double usualGap(EvidenceContext ctx, List<Series> active) {
        List<Event> dumps = ctx.events(Set.of(EventKinds.THREAD_DUMP), ctx.baselineFrom());
        double[] gaps = dumps.stream().filter(d -> d.timeMillis() < ctx.recentFrom() && calm(d)).mapToDouble(d -> {
            double io = ThreadDump.parse(d.attribute(EventAttributes.DUMP_JDBC_IO));
            double serving = maxAround(ctx, active, d.timeMillis());
            return Double.isNaN(io) || Double.isNaN(serving) ? Double.NaN : Math.max(0, io - serving);
        }).filter(g -> !Double.isNaN(g)).toArray();
        if (gaps.length < 2) {
            return 0;
        }
        Arrays.sort(gaps);
        return gaps[(int) Math.ceil(0.25 * gaps.length) - 1];
    }

    private static boolean calm(Event dump) {
        return ThreadDump.parse(dump.attribute(EventAttributes.DUMP_WAITING_FOR_POOL)) == 0;
    }
}
