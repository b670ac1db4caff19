package io.sightline.series;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Decimation of a whole series to 1,500 pixel columns: with the pyramid the cost must depend on the width,
 * not the point count ({@code decimate(8.64M) / decimate(864k) <= 1.5}); the raw scan is the reference.
 * Run: {@code mvn -Pbench verify -Dbench.args=Decimat}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class DecimationBenchmark {
    private static final int WIDTH = 1500;

    @Param({"864000", "8640000"})
    int points;

    private Series series;
    private Series.Snapshot snapshot;
    private MinMaxPyramid pyramid;
    private final DecimatedColumns out = new DecimatedColumns();

    @Setup(Level.Trial)
    public void fill() {
        series = new Series(SeriesId.parse("bench/t/noise"), Unit.MILLISECONDS, 0);
        SplittableRandom r = new SplittableRandom(1);
        double v = 100;
        for (int i = 0; i < points; i++) {
            v = Math.max(1, v + r.nextGaussian() * 5);
            series.append(1_700_000_000_000L + i * 100L, v);
        }
        snapshot = series.snapshot();
        pyramid = new MinMaxPyramid();
        pyramid.update(snapshot); // built once; later frames only catch up with new samples
    }

    @Benchmark
    public DecimatedColumns decimate() {
        Decimator.decimate(snapshot, pyramid, snapshot.firstTime(), snapshot.lastTime() + 1, WIDTH, out);
        return out;
    }

    @Benchmark
    public DecimatedColumns rawScan() {
        Decimator.decimate(snapshot, null, snapshot.firstTime(), snapshot.lastTime() + 1, WIDTH, out);
        return out;
    }
}
