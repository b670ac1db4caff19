package io.sightline.source.log;

import io.sightline.series.SeriesStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One refresh of the provisional tails of a live access log: percentiles of a minute of open per-second buckets,
 * then a new tail for each of its series. A source does this at most 5 times a second, only when lines came.
 * Run: {@code mvn -Pbench verify -Dbench.args=ProvisionalPublish}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProvisionalPublishBenchmark {
    @Param({"50", "2000"})
    int requestsPerSecond;

    private DerivedMetrics metrics;
    private SeriesBucketSink sink;

    @Setup
    public void fill() {
        sink = new SeriesBucketSink(new SeriesStore(), "bench");
        metrics = new DerivedMetrics(1000, 60_000, sink, new LogStats());
        SplittableRandom r = new SplittableRandom(7);
        long t0 = 1_700_000_000_000L;
        for (int s = 0; s < 60; s++) {
            for (int i = 0; i < requestsPerSecond; i++) {
                long latencyMicros = 2_000 + r.nextInt(r.nextInt(100) == 0 ? 5_000_000 : 300_000);
                metrics.request(t0 + s * 1000L + r.nextInt(1000), r.nextInt(200) == 0 ? 503 : 200, latencyMicros);
            }
        }
    }

    @Benchmark
    public void publish() {
        metrics.publishProvisional();
        sink.provisional(metrics.provisional(), metrics.finalEnd());
    }
}
