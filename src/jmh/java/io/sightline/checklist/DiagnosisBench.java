package io.sightline.checklist;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What the checklist costs: one live evaluation (every 5 s in the GUI) and a whole {@code diagnose} replay, on a
 * 30-minute session of one service (one pool, 1 s JMX gauges, 5 s log buckets, a thread dump every 30 s) whose last
 * 5 minutes are an incident.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class DiagnosisBench {
    private Telemetry telemetry;

    @Setup
    public void record() {
        telemetry = new Telemetry(99).rate(150).holdMs(80).run(Duration.ofMinutes(25)).restartWithMax(6).run(Duration.ofMinutes(5));
    }

    @Benchmark
    public Diagnosis liveEvaluation() {
        return new DiagnosisEngine().evaluate(telemetry.store, telemetry.now);
    }

    @Benchmark
    public Diagnosis diagnoseReplay30Minutes() {
        return Replay.diagnose(telemetry.store, new DiagnosisEngine(), Replay.DEFAULT_STEP_MILLIS);
    }
}
