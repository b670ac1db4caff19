package io.sightline.source.jmx;

import io.sightline.cli.SightlineCommand;
import io.sightline.cli.UserInputException;
import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code sightline bench jmx}: polls many JMX targets (connector servers in a few local JVMs, each with two HikariCP
 * pools) at 1 Hz with the product's poller and reports the client's CPU and the sweep time, next to the goals of
 * issue 3. Headless. The same measurement as the JMH {@code JmxPollBench}, for users' own machines.
 */
@Command(name = "jmx", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = "JMX polling cost: client CPU and sweep p99 for N targets at 1 Hz (goal: <= 2% of one core, p99 <= 100 ms for 50).")
public final class JmxBenchCommand implements Callable<Integer> {
    @Option(names = "--targets", defaultValue = "50", description = "JMX targets (default: ${DEFAULT-VALUE}).")
    int targets;

    @Option(names = "--jvms", defaultValue = "5", description = "Target JVMs the targets are spread over (default: ${DEFAULT-VALUE}).")
    int jvms;

    @Option(names = "--duration", defaultValue = "60s", description = "Measured window after all targets connected (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "20s", description = "Polling before the window, so JIT compilation is not counted (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Override
    public Integer call() throws Exception {
        if (targets < 1 || jvms < 1 || jvms > targets) {
            throw new UserInputException("--targets must be >= --jvms >= 1");
        }
        List<Process> processes = new ArrayList<>();
        try (Lifecycle lifecycle = new Lifecycle()) {
            List<String> addresses = startTargets(processes);
            Histogram sweeps = new Histogram(3);
            AtomicLong slowest = new AtomicLong();
            PollContext context = new PollContext(new SeriesStore(), Clock.systemUTC(), lifecycle);
            CountDownLatch ready = new CountDownLatch(addresses.size());
            for (String a : addresses) {
                TargetPoller p = lifecycle.own(new TargetPoller(TargetSpec.of(a), Credentials.NONE, context));
                p.setInterval(Duration.ofSeconds(1));
                p.onTick(() -> {
                    slowest.accumulateAndGet(p.lastTickDuration().toNanos() / 1000, Math::max);
                    if (p.pools().size() >= 2) {
                        ready.countDown();
                    }
                });
                p.start();
            }
            if (!ready.await(60, TimeUnit.SECONDS)) {
                throw new UserInputException("targets did not all connect within 60 s");
            }
            measure(sweeps, slowest, lifecycle);
            return SightlineCommand.EXIT_OK;
        } finally {
            for (Process p : processes) {
                p.getOutputStream().close(); // targets end on stdin EOF
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    private void measure(Histogram sweeps, AtomicLong slowest, Lifecycle lifecycle) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // The slowest tick of each second is how long that second's sweep of all targets took.
        lifecycle.newScheduler("bench-sweep-sampler").scheduleAtFixedRate(() -> {
            long s = slowest.getAndSet(0);
            if (s > 0) {
                synchronized (sweeps) {
                    sweeps.recordValue(s);
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
        new CountDownLatch(1).await(warmup.toMillis(), TimeUnit.MILLISECONDS); // let the JIT settle first
        synchronized (sweeps) {
            sweeps.reset();
        }
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        new CountDownLatch(1).await(duration.toMillis(), TimeUnit.MILLISECONDS); // the pollers work meanwhile
        double cpuPercent = (os.getProcessCpuTime() - cpu0) * 100.0 / (System.nanoTime() - wall0);
        synchronized (sweeps) {
            System.out.printf(Locale.ROOT, "JMX polling, %d targets in %d JVMs at 1 Hz, %ds window%n", targets, jvms,
                    duration.toSeconds());
            System.out.printf(Locale.ROOT, "  client CPU   %.2f %% of one core   (goal <= 2 %% for 50 targets; a plain client 2.1-3.8 %% here)%n", cpuPercent);
            System.out.printf(Locale.ROOT, "  sweep p50    %.1f ms, p99 %.1f ms, max %.1f ms   (goal p99 <= 100 ms)%n",
                    sweeps.getValueAtPercentile(50) / 1000.0, sweeps.getValueAtPercentile(99) / 1000.0, sweeps.getMaxValue() / 1000.0);
        }
    }

    private List<String> startTargets(List<Process> processes) throws IOException {
        int perJvm = (targets + jvms - 1) / jvms;
        List<String> addresses = new ArrayList<>();
        for (int j = 0; j < jvms && addresses.size() < targets; j++) {
            int count = Math.min(perJvm, targets - addresses.size());
            int base = freePortRange(count);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx96m", "-XX:+UseSerialGC", "-Djava.rmi.server.hostname=127.0.0.1",
                    "-cp", System.getProperty("java.class.path"), BenchTargetMain.class.getName(),
                    Integer.toString(base), Integer.toString(count))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            processes.add(p);
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null && !l.startsWith("READY"); l = r.readLine()) {
                // output before READY
            }
            for (int i = 0; i < count; i++) {
                addresses.add("127.0.0.1:" + (base + i));
            }
        }
        return addresses;
    }

    /** A run of {@code n} consecutive free loopback ports (each target is a registry + connector on one port). */
    private static int freePortRange(int n) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base;
            try (ServerSocket s = new ServerSocket(0)) {
                base = s.getLocalPort();
            }
            if (base + n < 65535 && rangeFree(base, n)) {
                return base;
            }
        }
        throw new IOException("no range of " + n + " free ports");
    }

    private static boolean rangeFree(int base, int n) {
        for (int i = 0; i < n; i++) {
            try (ServerSocket s = new ServerSocket(base + i, 1, java.net.InetAddress.getLoopbackAddress())) {
                s.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
