package io.sightline.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sightline.cli.SightlineCommand;
import io.sightline.cli.UserInputException;
import io.sightline.concurrent.Lifecycle;
import io.sightline.concurrent.SafeRunnable;
import io.sightline.demo.scenario.Scenario;
import io.sightline.demo.scenario.ScenarioException;
import io.sightline.demo.scenario.ScenarioLoader;
import io.sightline.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code sightline demo}: starts the demo incident in its own processes, prints one JSON line describing it
 * ({@code jmxUrl}, {@code pool}, {@code logs}, {@code scenario}) and runs until {@code --duration} ends or the
 * user interrupts it (SIGINT or SIGTERM: a clean stop, exit 0). It never starts JavaFX: with or without
 * {@code --headless} it runs the same way; the GUI starts the demo itself through {@link DemoLauncher}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = "Starts the built-in demo incident (service, database, fault proxy) in its own processes.%n"
                + "Built-in scenarios: pool-misconfig (default), slow-queries, connection-leak, db-network-latency,"
                + " gc-pressure, slow-downstream, healthy, test-pool-undersized.")
public final class DemoCommand implements Callable<Integer> {
    private static final Duration STATUS_EVERY = Duration.ofSeconds(10);

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", defaultValue = ScenarioLoader.DEFAULT_SCENARIO,
            description = "Scenario name or JSON file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--speed", defaultValue = "1", description = "Time compression factor (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--jmx-port", defaultValue = "0", description = "JMX port of the service; 0 picks a free port.")
    int jmxPort;

    @Option(names = "--headless", description = "Print one JSON line describing the demo and run without a GUI.")
    boolean headless;

    @Option(names = "--duration", description = "Stop after this long, e.g. 90s or 5m (default: until Ctrl-C).")
    Duration duration;

    @Override
    public Integer call() throws Exception {
        DemoOptions options = options();
        CountDownLatch stop = new CountDownLatch(1);
        StopSignals.onInterrupt(stop::countDown);
        try (Lifecycle lifecycle = new Lifecycle()) {
            RunningDemo demo = DemoLauncher.start(options, lifecycle);
            PrintWriter out = spec.commandLine().getOut();
            out.println(new ObjectMapper().writeValueAsString(describe(demo)));
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            lifecycle.newScheduler("demo-status").scheduleAtFixedRate(SafeRunnable.of("demo status",
                    () -> status(demo, err)), STATUS_EVERY.toMillis(), STATUS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            if (duration == null) {
                stop.await();
            } else {
                stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
            demo.close();
        }
        return SightlineCommand.EXIT_OK;
    }

    private DemoOptions options() {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new UserInputException("--speed: must be greater than 0, was " + speed);
        }
        if (jmxPort < 0 || jmxPort > 65535) {
            throw new UserInputException("--jmx-port: must be 0..65535, was " + jmxPort);
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new UserInputException("--duration: must be longer than 0");
        }
        Scenario loaded;
        try {
            loaded = new ScenarioLoader().load(scenario);
        } catch (ScenarioException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return new DemoOptions(loaded, speed, jmxPort, Workspace.fromEnvironment().dir("demo"));
    }

    /**
     * The contract's JSON line: {@code jmxUrl}, {@code pool}, {@code logs}, {@code scenario}, and the database's
     * direct URL and user ({@code dbUrl}, {@code dbUser}) for {@code record --db-url}; never its password.
     */
    static Map<String, Object> describe(RunningDemo demo) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("jmxUrl", demo.jmxUrl());
        line.put("pool", demo.poolName());
        line.put("logs", demo.logs().stream().map(p -> p.toAbsolutePath().toString()).toList());
        line.put("scenario", demo.scenario().name());
        line.put("dbUrl", demo.database().jdbcUrl());
        line.put("dbUser", demo.database().user());
        return line;
    }

    private static void status(RunningDemo demo, PrintWriter err) {
        LoadStats s = demo.loadStats();
        err.printf("demo t=%ds offered=%d/s completed=%d/s 2xx=%d 4xx=%d 5xx=%d failed=%d timedOut=%d inFlight=%d mean=%.0fms%n",
                demo.clock().now().toSeconds(), s.offered(), s.completed(), s.ok(), s.clientErrors(), s.serverErrors(),
                s.failed(), s.timedOut(), s.inFlight(), s.meanLatencyMs());
        err.flush();
    }
}
