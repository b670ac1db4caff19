package io.sightline.capture.codec;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The capture chunk codec, per sample: {@code mvn -Pbench verify -Dbench.args="CaptureCodec"}. Throughput is in
 * samples per microsecond (×1e6 = samples/s). Chunks of 2048 samples at 100 ms with poller jitter.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CaptureCodecBenchmark {
    static final int N = 2048;

    long[] times = new long[N];
    double[] gauge = new double[N];
    double[] latency = new double[N];
    double[] cpu = new double[N];
    byte[] gaugeChunk;
    byte[] latencyChunk;
    byte[] xorChunk;
    long[] outTimes = new long[N];
    double[] outValues = new double[N];

    @Setup
    public void setUp() {
        Random r = new Random(1);
        double lat = 20_000;
        double c = 20;
        for (int i = 0; i < N; i++) {
            int j = r.nextInt(10);
            times[i] = 1_767_225_600_000L + i * 100L + (j < 7 ? 0 : j < 9 ? 1 : 2);
            gauge[i] = Math.max(0, Math.round(8 + r.nextGaussian() * 2.8));
            if (r.nextBoolean()) {
                lat += r.nextGaussian() * 200;
            }
            latency[i] = Math.round(lat / 10) * 10 / 1000.0; // ms, 3 significant digits of µs
            c = 0.9 * c + 2 + r.nextGaussian() * 0.5;
            cpu[i] = c;
        }
        gaugeChunk = ChunkCodec.encode(times, gauge, 0, N, ValueEncoding.scaled(1));
        latencyChunk = ChunkCodec.encode(times, latency, 0, N, ValueEncoding.scaled(1000));
        xorChunk = ChunkCodec.encode(times, cpu, 0, N, ValueEncoding.XOR);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double decodeGauge() {
        ChunkCodec.decode(gaugeChunk, outTimes, outValues, 0);
        return outValues[N - 1];
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double decodeLatencyMicros() {
        ChunkCodec.decode(latencyChunk, outTimes, outValues, 0);
        return outValues[N - 1];
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double decodeXorDoubles() {
        ChunkCodec.decode(xorChunk, outTimes, outValues, 0);
        return outValues[N - 1];
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public byte[] encodeLatencyMicros() {
        return ChunkCodec.encode(times, latency, 0, N, ValueEncoding.scaled(1000));
    }
}
