package io.sightline.bench;

import io.sightline.concurrent.Lifecycle;
import io.sightline.source.jmx.BenchTargetMain;
import io.sightline.series.SeriesStore;
import io.sightline.source.jmx.Credentials;
import io.sightline.source.jmx.PollContext;
import io.sightline.source.jmx.TargetPoller;
import io.sightline.source.jmx.TargetSpec;
import io.sightline.source.jmx.TargetState;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Polls 50 JMX targets at 1 Hz through the product's own poller (TargetPoller, PollContext, SeriesStore) for a
 * fixed window and reports the client's CPU (process CPU time / wall time, % of one core) and the p99 of a
 * target's tick (trigger to last sample stored, queueing included; for the naive client, a whole sequential
 * sweep of all targets). The targets are 50 JMX connector servers
 * spread over 5 target JVMs on loopback, each with two HikariCP pools (31 values per target per tick).
 *
 * <p>Run: {@code mvn -B -Pbench verify -Dbench.args="JmxPollBench"}. JMH's own score (seconds per window) is
 * not the figure; the lines starting with {@code JMX-BENCH} are.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx256m", "-XX:+UseSerialGC"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class JmxPollBench {
    @Param("50")
    int targets;
    @Param("5")
    int jvms;
    @Param("20")
    int windowSeconds;
    /** sightline: the product's poller; naive: the plain-client reference ({@link NaiveJmxClient}). */
    @Param({"sightline", "naive"})
    String client;

    private final List<Process> processes = new ArrayList<>();
    private final Recorder ticks = new Recorder(3);
    /** Per second: the slowest tick of that second, i.e. how long the sweep of all targets took. */
    private final Recorder sweeps = new Recorder(3);
    private final java.util.concurrent.atomic.AtomicLong slowestThisSecond = new java.util.concurrent.atomic.AtomicLong();
    private java.util.concurrent.ScheduledExecutorService sweepSampler;
    private Lifecycle lifecycle;
    private List<TargetPoller> pollers;

    @Setup(Level.Trial)
    public void startTargets() throws Exception {
        int perJvm = targets / jvms;
        List<String> addresses = new ArrayList<>();
        for (int j = 0; j < jvms; j++) {
            int base = freePortRange(perJvm);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx96m", "-XX:+UseSerialGC", "-Djava.rmi.server.hostname=127.0.0.1",
                    "-cp", System.getProperty("java.class.path"), BenchTargetMain.class.getName(),
                    Integer.toString(base), Integer.toString(perJvm))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            processes.add(p);
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null && !l.startsWith("READY"); l = r.readLine()) {
                // logs before READY
            }
            for (int i = 0; i < perJvm; i++) {
                addresses.add("127.0.0.1:" + (base + i));
            }
        }
        lifecycle = new Lifecycle();
        if (client.equals("naive")) {
            lifecycle.own(new NaiveJmxClient(addresses, this::record));
            startSweepSampler();
            return;
        }
        PollContext context = new PollContext(new SeriesStore(), Clock.systemUTC(), lifecycle);
        pollers = new ArrayList<>();
        for (String a : addresses) {
            TargetPoller p = new TargetPoller(TargetSpec.of(a), Credentials.NONE, context);
            p.onTick(() -> record(Math.max(1, p.lastTickDuration().toNanos() / 1000)));
            p.setInterval(Duration.ofSeconds(1));
            lifecycle.own(p);
            pollers.add(p);
            p.start();
        }
        startSweepSampler();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (pollers.stream().anyMatch(p -> p.state().phase() != TargetState.Phase.CONNECTED || p.pools().size() < 2)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("targets did not connect within 60 s");
            }
            Thread.sleep(100); // benchmark setup, not a test: polling for readiness
        }
    }

    private void record(long micros) {
        ticks.recordValue(micros);
        slowestThisSecond.accumulateAndGet(micros, Math::max);
    }

    private void startSweepSampler() {
        sweepSampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        sweepSampler.scheduleAtFixedRate(() -> {
            long slowest = slowestThisSecond.getAndSet(0);
            if (slowest > 0) {
                sweeps.recordValue(slowest);
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** One window of 1 Hz polling: prints CPU % of one core and tick percentiles for the window. */
    @Benchmark
    public double pollWindow() throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ticks.getIntervalHistogram(); // reset
        sweeps.getIntervalHistogram();
        java.util.Map<String, Long> threads0 = threadCpuByGroup();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        Thread.sleep(windowSeconds * 1000L); // the pollers work on their own threads meanwhile
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        Histogram h = ticks.getIntervalHistogram();
        Histogram sweep = sweeps.getIntervalHistogram();
        java.util.Map<String, Long> threads1 = threadCpuByGroup();
        StringBuilder perGroup = new StringBuilder();
        long javaThreads = 0;
        for (var e : threads1.entrySet()) {
            long d = e.getValue() - threads0.getOrDefault(e.getKey(), 0L);
            javaThreads += d;
            if (d * 1000 < wall) {
                continue; // under 0.1 %: not worth a column
            }
            perGroup.append(String.format(Locale.ROOT, " %s=%.2f%%", e.getKey(), d * 100.0 / wall));
        }
        perGroup.append(String.format(Locale.ROOT, " jvm-internal(gc,jit)=%.2f%%", (cpu - javaThreads) * 100.0 / wall));
        double cpuPercent = cpu * 100.0 / wall;
        System.out.printf(Locale.ROOT, "%nJMX-BENCH client=%s targets=%d window=%ds ticks=%d client-cpu=%.2f%% of one core"
                        + " (%.2f ms CPU per sweep of %d targets) tick p50=%.2f ms p99=%.2f ms max=%.2f ms%n",
                client, targets, windowSeconds, h.getTotalCount(), cpuPercent, cpu / 1e6 / (wall / 1e9), targets,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
        System.out.printf(Locale.ROOT, "JMX-BENCH client=%s sweep (slowest tick of each second) p50=%.2f ms p99=%.2f ms max=%.2f ms%n",
                client, sweep.getValueAtPercentile(50) / 1000.0, sweep.getValueAtPercentile(99) / 1000.0, sweep.getMaxValue() / 1000.0);
        System.out.println("JMX-BENCH cpu by thread group:" + perGroup);
        return cpuPercent;
    }

    @TearDown(Level.Trial)
    public void stop() {
        sweepSampler.shutdownNow();
        lifecycle.close();
        for (Process p : processes) {
            try {
                p.getOutputStream().close();
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    /** CPU time of live threads, summed by name with digits removed (jmx-poll-3 -> jmx-poll-). */
    private static java.util.Map<String, Long> threadCpuByGroup() {
        java.lang.management.ThreadMXBean t = ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : t.getThreadInfo(t.getAllThreadIds())) {
            if (info != null) {
                long c = t.getThreadCpuTime(info.getThreadId());
                if (c > 0) {
                    out.merge(info.getThreadName().replaceAll("[0-9]+", "#"), c, Long::sum);
                }
            }
        }
        return out;
    }

    private static int freePortRange(int n) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base;
            try (ServerSocket s = new ServerSocket(0)) {
                base = s.getLocalPort();
            }
            if (base + n < 65000 && rangeFree(base, n)) {
                return base;
            }
        }
        throw new IllegalStateException("no free port range of " + n);
    }

    private static boolean rangeFree(int base, int n) {
        for (int i = 0; i < n; i++) {
            try (ServerSocket s = new ServerSocket(base + i)) {
                s.setReuseAddress(true);
            } catch (Exception e) {
                return false;
            }
        }
        return true;
    }
}
