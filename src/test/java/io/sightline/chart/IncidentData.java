package io.sightline.chart;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.series.Unit;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * An hour of a realistic pool incident for tests and the dev harness: the pool saturates 25 minutes before
 * {@code now}, waiting threads pile up, latency and errors rise, the target is unreachable for two minutes
 * (a gap) and restarts, and a responder raises the pool maximum 15 minutes before now. With an open window
 * ({@link #fill(SeriesStore, long, long)}) the log series' newest seconds are provisional, as a live log source's
 * buckets behind its watermark are, and latency starts climbing again in them.
 */
public final class IncidentData {
    public static final String TARGET = "shop-1";
    public static final long HOUR = 3_600_000;
    public static final long GAP_START = -40 * 60_000L;
    public static final long GAP_END = -38 * 60_000L;
    public static final long ONSET = -25 * 60_000L;
    public static final long FIX = -15 * 60_000L;

    private IncidentData() {
    }

    public static void fill(SeriesStore store, long now) {
        fill(store, now, 0);
    }

    /** As {@link #fill(SeriesStore, long)}, with the log series' last {@code openMillis} as provisional tails. */
    public static void fill(SeriesStore store, long now, long openMillis) {
        SplittableRandom r = new SplittableRandom(42);
        Map<String, String> pool = Map.of(Metrics.LABEL_POOL, "shop");
        Series active = jmx(store, Metrics.POOL_ACTIVE, pool, Unit.CONNECTIONS);
        Series idle = jmx(store, Metrics.POOL_IDLE, pool, Unit.CONNECTIONS);
        Series total = jmx(store, Metrics.POOL_TOTAL, pool, Unit.CONNECTIONS);
        Series waiting = jmx(store, Metrics.POOL_WAITING, pool, Unit.THREADS);
        Series max = jmx(store, Metrics.POOL_MAX, pool, Unit.CONNECTIONS);
        Series heap = jmx(store, Metrics.HEAP_USED, Map.of(), Unit.MEBIBYTES);
        Series threads = jmx(store, Metrics.THREADS_LIVE, Map.of(), Unit.THREADS);
        Series gc = jmx(store, Metrics.GC_SHARE, Map.of(), Unit.PERCENT);
        double heapMiB = 220;
        for (long t = now - HOUR; t <= now; t += 1000) {
            long rel = t - now;
            if (rel >= GAP_START && rel < GAP_END) {
                for (Series s : new Series[] {active, idle, total, waiting, max, heap, threads, gc}) {
                    s.appendGap(t);
                }
                continue;
            }
            int limit = rel < FIX ? 10 : 20;
            double load = rel < ONSET ? 4 + 2 * r.nextDouble() : rel < FIX ? 14 + 4 * r.nextDouble()
                    : 12 + 3 * r.nextDouble();
            int a = (int) Math.min(limit, Math.round(load));
            int w = (int) Math.max(0, Math.round((load - limit) * 4 + (rel >= ONSET && rel < FIX ? r.nextInt(12) : 0)));
            int tot = rel < ONSET ? 8 : limit;
            active.append(t, a);
            idle.append(t, Math.max(0, tot - a));
            total.append(t, tot);
            waiting.append(t, w);
            max.append(t, limit);
            heapMiB = heapMiB > 620 ? 210 + r.nextInt(30) : heapMiB + 1.5 + r.nextDouble() * (rel >= ONSET ? 4 : 1);
            heap.append(t, heapMiB);
            threads.append(t, 60 + w + r.nextInt(3));
            gc.append(t, (rel >= ONSET && rel < FIX ? 4 : 1) + r.nextDouble());
        }
        logs(store, now, openMillis, r);
        store.events().add(new Event(now + GAP_END, "jmx/" + TARGET, EventKinds.TARGET_RESTARTED, Severity.WARN,
                TARGET + " restarted", Map.of()));
        store.events().add(Event.of(now + FIX, "checklist", EventKinds.CHECKLIST_ACTION, Severity.INFO,
                "Raised maximumPoolSize 10 → 20"));
        store.events().add(Event.of(now + ONSET + 60_000, "user", EventKinds.ANNOTATION, Severity.INFO,
                "Checkout slow (pager)"));
    }

    private static void logs(SeriesStore store, long now, long openMillis, SplittableRandom r) {
        Series p50 = log(store, Metrics.LATENCY_P50, Unit.MILLISECONDS);
        Series p95 = log(store, Metrics.LATENCY_P95, Unit.MILLISECONDS);
        Series p99 = log(store, Metrics.LATENCY_P99, Unit.MILLISECONDS);
        Series e5xx = log(store, Metrics.HTTP_5XX_RATE, Unit.PER_SECOND);
        Series exc = log(store, Metrics.EXCEPTION_RATE, Unit.PER_SECOND);
        Series timeouts = log(store, Metrics.POOL_TIMEOUT_RATE, Unit.PER_SECOND);
        Series[] all = {p50, p95, p99, e5xx, exc, timeouts};
        long step = openMillis > 0 ? 1000 : 5000; // live log buckets are per second
        int open = (int) (openMillis / step);
        long[] openTimes = new long[open];
        double[][] openValues = new double[all.length][open];
        for (long t = now - HOUR; t <= now; t += step) {
            long rel = t - now;
            boolean bad = rel >= ONSET && rel < FIX;
            boolean recovering = rel >= FIX;
            double base = bad ? 600 + r.nextDouble() * 400 : recovering ? 90 + r.nextDouble() * 30 : 35 + r.nextDouble() * 10;
            if (openMillis > 0 && rel > -30_000) {
                base *= 1 + (30_000 + rel) / 10_000.0; // climbing again, seen only thanks to the open buckets
            }
            double err = bad ? 6 + r.nextDouble() * 6 : r.nextDouble() * 0.2;
            double[] v = {base * 0.35, base * 1.6, base * 2.4 + (bad ? r.nextDouble() * 800 : 0), err,
                err * 1.2 + r.nextDouble() * 0.5, bad ? err * 0.8 : 0};
            int slot = (int) ((t - (now - openMillis)) / step) - 1; // (now - open, now] is open
            if (rel > -openMillis && slot >= 0 && slot < open) {
                openTimes[slot] = t;
                for (int i = 0; i < all.length; i++) {
                    openValues[i][slot] = v[i];
                }
                continue;
            }
            for (int i = 0; i < all.length; i++) {
                all[i].append(t, v[i]);
            }
        }
        for (int i = 0; i < all.length && open > 0; i++) {
            all[i].setProvisional(openTimes, openValues[i]);
        }
    }

    private static Series jmx(SeriesStore store, String metric, Map<String, String> labels, Unit unit) {
        return store.series(SeriesId.of(Metrics.SOURCE_JMX, TARGET, metric, labels), unit);
    }

    private static Series log(SeriesStore store, String metric, Unit unit) {
        return store.series(SeriesId.of(Metrics.SOURCE_LOG, "access", metric), unit);
    }
}
