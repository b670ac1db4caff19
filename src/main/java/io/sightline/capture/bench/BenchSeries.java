package io.sightline.capture.bench;

import io.sightline.series.Metrics;
import io.sightline.series.SeriesId;
import io.sightline.series.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The synthetic series of the capture benchmark: per target (two of them), 10 HikariCP pool gauges (two pools),
 * 4 JVM gauges and 6 log-derived rates and latencies — 20 per target, 40 in all — sampled every 100 ms with the
 * 0-2 ms jitter of a real poller. Each generator is deterministic for its seed.
 */
public final class BenchSeries {
    /** One series' definition and its value model. */
    public record Definition(SeriesId id, Unit unit, String kind, Model model) {
    }

    /** Produces the value of sample {@code i} (sequentially; models keep state). */
    @FunctionalInterface
    public interface Model {
        double next(long i, double dayFraction, Random r);
    }

    private BenchSeries() {
    }

    public static List<Definition> all() {
        List<Definition> out = new ArrayList<>();
        for (String target : List.of("shop-1", "shop-2")) {
            for (String pool : List.of("shop", "reporting")) {
                out.addAll(pool(target, pool));
            }
            out.addAll(jvm(target));
            out.addAll(logs(target));
        }
        return out;
    }

    /** Load follows the day: 0.3 at night to 1.0 in the afternoon. */
    static double load(double dayFraction) {
        return 0.65 - 0.35 * Math.cos(2 * Math.PI * dayFraction);
    }

    private static List<Definition> pool(String target, String pool) {
        Map<String, String> labels = Map.of(Metrics.LABEL_POOL, pool);
        int max = pool.equals("shop") ? 20 : 5;
        double[] active = {0};
        return List.of(
                gauge(target, Metrics.POOL_ACTIVE, labels, Unit.CONNECTIONS, (i, d, r) -> active[0] = sampleActive(d, r, max)),
                gauge(target, Metrics.POOL_IDLE, labels, Unit.CONNECTIONS, (i, d, r) -> max - active[0]),
                gauge(target, Metrics.POOL_TOTAL, labels, Unit.CONNECTIONS, (i, d, r) -> max),
                gauge(target, Metrics.POOL_WAITING, labels, Unit.THREADS, (i, d, r) -> active[0] >= max ? r.nextInt(8) : 0),
                gauge(target, Metrics.POOL_MAX, labels, Unit.CONNECTIONS, (i, d, r) -> max));
    }

    /** Active connections seen by a 100 ms poller: a noisy count around the load, capped at the pool size. */
    private static double sampleActive(double d, Random r, int max) {
        double mean = load(d) * max * 0.4;
        return Math.min(max, Math.max(0, Math.round(mean + r.nextGaussian() * Math.sqrt(mean))));
    }

    private static List<Definition> jvm(String target) {
        double[] heap = {300};
        int[] threads = {120};
        double[] cpu = {20};
        return List.of(
                gauge(target, Metrics.HEAP_USED, Map.of(), Unit.MEBIBYTES, (i, d, r) -> {
                    heap[0] += load(d) * 0.8 + r.nextDouble() * 0.2; // ~5 MiB/s allocation
                    if (heap[0] > 900) {
                        heap[0] = 280 + r.nextDouble() * 40; // a young collection
                    }
                    return Math.round(heap[0] * 1024 * 1024) / (1024.0 * 1024.0); // bytes seen over JMX, in MiB
                }),
                gauge(target, Metrics.THREADS_LIVE, Map.of(), Unit.THREADS, (i, d, r) -> {
                    if (r.nextInt(600) == 0) {
                        threads[0] += r.nextBoolean() ? 1 : -1;
                    }
                    return threads[0];
                }),
                gauge(target, Metrics.CPU_PROCESS, Map.of(), Unit.PERCENT, (i, d, r) -> {
                    cpu[0] = 0.9 * cpu[0] + 0.1 * (load(d) * 40) + r.nextGaussian() * 0.5;
                    return Math.max(0, cpu[0]);
                }),
                gauge(target, Metrics.GC_SHARE, Map.of(), Unit.PERCENT, (i, d, r) -> r.nextInt(50) == 0 ? r.nextInt(800) / 100.0 : 0));
    }

    /**
     * Log-derived metrics over a sliding 10 s window updated every 100 ms: the rate moves by the difference of two
     * Poisson counts, in steps of 0.1/s; percentiles move when the window's ranked request changes, at the
     * 3 significant digits an HdrHistogram keeps, in whole microseconds.
     */
    private static List<Definition> logs(String target) {
        double[] rate = {100};
        double[][] pct = {{4000}, {15000}, {40000}};
        return List.of(
                gauge(target, Metrics.REQUEST_RATE, Map.of(), Unit.PER_SECOND, (i, d, r) -> {
                    double target1 = load(d) * 200;
                    rate[0] += (target1 - rate[0]) * 0.01 + (poisson(r, target1 / 10) - poisson(r, rate[0] / 10)) / 10.0;
                    rate[0] = Math.max(0, Math.round(rate[0] * 10) / 10.0);
                    return rate[0];
                }),
                gauge(target, Metrics.LATENCY_P50, Map.of(), Unit.MILLISECONDS, (i, d, r) -> percentile(pct[0], 4000 * (0.8 + load(d) * 0.4), r)),
                gauge(target, Metrics.LATENCY_P95, Map.of(), Unit.MILLISECONDS, (i, d, r) -> percentile(pct[1], 15000 * (0.7 + load(d) * 0.6), r)),
                gauge(target, Metrics.LATENCY_P99, Map.of(), Unit.MILLISECONDS, (i, d, r) -> percentile(pct[2], 40000 * (0.6 + load(d) * 0.8), r)),
                gauge(target, Metrics.HTTP_5XX_RATE, Map.of(), Unit.PER_SECOND, (i, d, r) -> r.nextInt(100) == 0 ? r.nextInt(5) / 10.0 : 0),
                gauge(target, Metrics.EXCEPTION_RATE, Map.of(), Unit.PER_SECOND, (i, d, r) -> r.nextInt(200) == 0 ? r.nextInt(3) / 10.0 : 0));
    }

    /** A percentile in ms: unchanged in about half the windows, else a small step, 3 significant digits of µs. */
    private static double percentile(double[] state, double baselineMicros, Random r) {
        if (r.nextBoolean()) {
            state[0] += (baselineMicros - state[0]) * 0.02 + r.nextGaussian() * baselineMicros * 0.01;
        }
        return roundSignificant(Math.max(100, state[0]), 3) / 1000.0;
    }

    static double roundSignificant(double v, int digits) {
        double scale = Math.pow(10, Math.floor(Math.log10(v)) - digits + 1);
        return Math.round(v / scale) * scale;
    }

    private static int poisson(Random r, double mean) {
        return (int) Math.max(0, Math.round(mean + r.nextGaussian() * Math.sqrt(mean)));
    }

    private static Definition gauge(String target, String metric, Map<String, String> labels, Unit unit, Model model) {
        String source = metric.startsWith("latency") || metric.endsWith(".rate") ? Metrics.SOURCE_LOG : Metrics.SOURCE_JMX;
        String kind = switch (unit) {
            case CONNECTIONS, THREADS -> "pool/thread gauge";
            case MILLISECONDS -> "latency (ms as µs)";
            case PER_SECOND -> "rate";
            default -> "jvm gauge";
        };
        return new Definition(SeriesId.of(source, target, metric, labels), unit, kind, model);
    }
}
