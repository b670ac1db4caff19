package io.sightline.checklist.evidence;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;

import java.util.List;
import java.util.Set;

/**
 * Pool timeouts per second over the last minute: from the log-derived rate, or from counting pool-timeout lines,
 * whichever saw more (a rate bucket may still be open behind the log watermark while its lines are already in).
 */
public final class PoolTimeouts implements EvidenceRule {
    static final long MINUTE = 60_000;
    /** The longest time one log bucket stands for (log buckets are 1 s to 5 s wide). */
    private static final long MAX_BUCKET = 5_000;

    @Override
    public String id() {
        return EvidenceIds.POOL_TIMEOUTS;
    }

    @Override
    public Evidence evaluate(EvidenceContext ctx, EvidenceSet earlier) {
        long now = ctx.now();
        List<Event> lines = ctx.events(Set.of(EventKinds.LOG_POOL_TIMEOUT), now - MINUTE);
        List<Series> rates = ctx.logSeries(Metrics.POOL_TIMEOUT_RATE);
        double rate = 0;
        EvidenceBuilder b = new EvidenceBuilder(id());
        for (Series s : rates) {
            // Measured up to where the logs have been read; the timeout log may have gone quiet before that, and
            // its silence is zero timeouts, not the last busy minute held over (a recovered pool read as failing).
            long end = Math.max(Stats.dataEnd(s, now, ctx.windows().stale()), ctx.logClock());
            if (end >= 0) {
                rate += perSecondOver(s, end - MINUTE, end);
                b.series(s.id().toString(), end - MINUTE, end);
            }
        }
        if (rates.isEmpty() && lines.isEmpty() && !ctx.logsWatched()) {
            return Evidence.unknown(id(), "No log source watched: pool timeouts unknown.");
        }
        double perMinute = Math.max(rate * 60, lines.size());
        long since = lines.isEmpty() ? -1 : lines.get(0).timeMillis();
        String text = perMinute == 0 ? "No pool timeouts in the last minute"
                : String.format(java.util.Locale.ROOT, "%s pool timeouts in the last minute (%s/s)",
                Strength.number(perMinute), Strength.number(perMinute / 60));
        return b.value(perMinute / 60).since(since).text(text).fact("timeoutsLastMinute", perMinute)
                .events(lines)
                // A single timeout already means a request failed waiting for a connection; a few per minute is an outage.
                .judged(Strength.ramp(perMinute, 0, 6), 1e-9);
    }

    /**
     * Mean rate over {@code [from, to)} where each sample stands for the time until the next one (at most
     * {@code MAX_BUCKET}): a log writes no bucket for a second without lines, so missing buckets count as zero.
     */
    private static double perSecondOver(Series s, long from, long to) {
        double[] events = {0};
        long[] prev = {Long.MIN_VALUE};
        double[] prevValue = {Double.NaN};
        s.snapshot().forEach(from, to, (t, v) -> {
            if (prev[0] != Long.MIN_VALUE && !Double.isNaN(prevValue[0])) {
                events[0] += prevValue[0] * Math.min(t - prev[0], MAX_BUCKET) / 1000.0;
            }
            prev[0] = t;
            prevValue[0] = v;
        });
        if (prev[0] != Long.MIN_VALUE && !Double.isNaN(prevValue[0])) {
            events[0] += prevValue[0] * Math.min(to - prev[0], MAX_BUCKET) / 1000.0;
        }
        return events[0] / ((to - from) / 1000.0);
    }
}
