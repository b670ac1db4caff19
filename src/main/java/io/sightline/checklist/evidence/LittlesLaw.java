package io.sightline.checklist.evidence;

import io.sightline.series.Metrics;
import io.sightline.series.Series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Little's law (L = λ·W) applied to the connection pool.
 *
 * <p>The pool is a queueing system whose "L" is the active connections and whose "λ" is the rate of requests that
 * borrow one. So {@code W = active / rate} is how long a request holds a connection: its latency times the share of
 * that latency spent holding the connection (query time, plus whatever the code does between borrow and close). We
 * cannot observe that share directly, so we calibrate W in the baseline, while the pool was unsaturated (no thread
 * waiting, active below max, so active is what the load needed and not what the pool allowed).
 *
 * <ul>
 *   <li>The concurrency the load needs now is {@code λ_now · W_baseline}: today's arrivals (every logged request,
 *       including the ones that failed waiting) with yesterday's hold time. Above the pool's maximum, the pool is too
 *       small for the load even if nothing else changed.</li>
 *   <li>The hold time now is {@code active_now / successful_rate_now}: a saturated pool caps throughput at
 *       {@code max / W}, so if W is unchanged the pool is merely small; if W grew, connections are held longer
 *       (slow queries, locks, a slow network, a leak).</li>
 * </ul>
 * All pools and log sources are summed: one service's traffic through its pools.
 */
record LittlesLaw(double holdBaselineMs, double holdNowMs, double needNow, double maxNow, double rateNow,
                  double activeNow, int baselineBuckets, List<String> seriesIds, long baselineFrom, long recentFrom) {
    private static final long BUCKET = 10_000;
    private static final int MIN_BUCKETS = 3;

    /** Null when there is no pool or no request rate to relate. Computed once per evaluation. */
    static LittlesLaw compute(EvidenceContext ctx) {
        return ctx.memo("littles-law", () -> computeNow(ctx));
    }

    private static LittlesLaw computeNow(EvidenceContext ctx) {
        List<PoolRef> pools = ctx.pools();
        List<Series> rates = ctx.logSeries(Metrics.REQUEST_RATE);
        if (pools.isEmpty() || rates.isEmpty()) {
            return null;
        }
        List<Series> errors = ctx.logSeries(Metrics.HTTP_5XX_RATE);
        long now = ctx.now();
        long logEnd = -1;
        for (Series r : rates) {
            logEnd = Math.max(logEnd, Stats.dataEnd(r, now, ctx.windows().stale()));
        }
        if (logEnd < 0) {
            return null;
        }
        long recentFrom = logEnd - ctx.windows().recent();
        double[] holds = baselineHolds(ctx, pools, rates, errors, Math.min(recentFrom, ctx.recentFrom()));
        double rateNow = sumMeans(rates, recentFrom, logEnd);
        double successNow = rateNow - zeroIfNan(sumMeans(errors, recentFrom, logEnd));
        double activeNow = 0;
        double maxNow = 0;
        List<String> ids = new ArrayList<>();
        for (PoolRef p : pools) {
            activeNow += zeroIfNan(Stats.of(p.store().find(p.activeId()).orElseThrow(), ctx.recentFrom(), now + 1).mean());
            maxNow += zeroIfNan(p.maxAt(now));
            ids.add(p.activeId().toString());
        }
        rates.forEach(r -> ids.add(r.id().toString()));
        double holdBaseline = holds.length >= MIN_BUCKETS ? median(holds) : Double.NaN;
        double holdNow = successNow > 0 ? activeNow / successNow * 1000 : (activeNow > 0 ? Double.POSITIVE_INFINITY : Double.NaN);
        return new LittlesLaw(holdBaseline, holdNow, rateNow * holdBaseline / 1000, maxNow, rateNow, activeNow,
                holds.length, ids, ctx.baselineFrom(), recentFrom);
    }

    /** Hold time in ms of every baseline bucket in which the pool was unsaturated and requests flowed. */
    private static double[] baselineHolds(EvidenceContext ctx, List<PoolRef> pools, List<Series> rates,
                                          List<Series> errors, long until) {
        List<Double> out = new ArrayList<>();
        for (long from = ctx.baselineFrom(); from + BUCKET <= until; from += BUCKET) {
            double hold = bucketHold(ctx, pools, rates, errors, from, from + BUCKET);
            if (!Double.isNaN(hold)) {
                out.add(hold);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double bucketHold(EvidenceContext ctx, List<PoolRef> pools, List<Series> rates, List<Series> errors,
                                     long from, long to) {
        double active = 0;
        double max = 0;
        for (PoolRef p : pools) {
            double a = Stats.of(p.store().find(p.activeId()).orElseThrow(), from, to).mean();
            Optional<Series> w = p.series(Metrics.POOL_WAITING);
            double waiting = w.map(s -> Stats.of(s, from, to).max()).orElse(Double.NaN);
            double m = p.maxAt(to - 1);
            if (Double.isNaN(a) || waiting > 0 || (m > 0 && a >= m)) {
                return Double.NaN; // no data, or saturated: active says what the pool allowed, not what was needed
            }
            active += a;
            max += zeroIfNan(m);
        }
        double success = sumMeans(rates, from, to) - zeroIfNan(sumMeans(errors, from, to));
        return success > 0 ? active / success * 1000 : Double.NaN;
    }

    private static double sumMeans(List<Series> list, long from, long to) {
        double sum = Double.NaN;
        for (Series s : list) {
            double m = Stats.of(s, from, to).mean();
            if (!Double.isNaN(m)) {
                sum = zeroIfNan(sum) + m;
            }
        }
        return sum;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double zeroIfNan(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
