package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.EventAttributes;

/**
 * Share of the classified threads of the newest dump that are in one class: queueing for a connection, in JDBC
 * I/O, or in downstream I/O. Whichever dominates says where requests spend their time right now.
 */
public final class ThreadDumpShare implements EvidenceRule {
    private final String id;
    private final String key;
    private final String what;

    private ThreadDumpShare(String id, String key, String what) {
        this.id = id;
        this.key = key;
        this.what = what;
    }

    public static ThreadDumpShare waitingForPool() {
        return new ThreadDumpShare(EvidenceIds.DUMP_WAITING_FOR_POOL, EventAttributes.DUMP_WAITING_FOR_POOL, "waiting for a connection");
    }

    public static ThreadDumpShare jdbcIo() {
        return new ThreadDumpShare(EvidenceIds.DUMP_JDBC_IO, EventAttributes.DUMP_JDBC_IO, "in JDBC I/O holding a connection");
    }

    public static ThreadDumpShare downstreamIo() {
        return new ThreadDumpShare(EvidenceIds.DUMP_DOWNSTREAM_IO, EventAttributes.DUMP_DOWNSTREAM_IO, "in downstream (non-JDBC) I/O");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        ThreadDump dump = ThreadDump.latest(ctx);
        if (dump == null) {
            return Evidence.unknown(id, "No recent thread dump.");
        }
        double n = dump.count(key);
        double all = dump.classified();
        if (Double.isNaN(n) || !(all > 0)) {
            return Evidence.unknown(id, "The thread dump does not classify threads " + what + ".");
        }
        double share = n / all;
        String text = String.format(java.util.Locale.ROOT, "%s of %s busy threads %s (%d%%) in the dump %s ago: %s",
                Strength.number(n), Strength.number(all), what, Math.round(100 * share),
                Strength.duration(ctx.now() - dump.time()), dump.summary());
        EvidenceBuilder b = new EvidenceBuilder(id).value(share).text(text).fact("threads", n).fact("classified", all)
                .fact(EventAttributes.DUMP_JDBC_IO_LONG, dump.count(EventAttributes.DUMP_JDBC_IO_LONG))
                .since(dump.time()).events(dump.dumps());
        // A class holding a quarter of the busy threads is notable; more than half, it is where the time goes.
        return b.judged(Strength.ramp(share, 0.25, 0.6), 1e-9);
    }
}
