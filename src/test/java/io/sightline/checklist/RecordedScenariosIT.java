package io.sightline.checklist;

import io.sightline.capture.CaptureReader;
import io.sightline.cli.SightlineCommand;
import io.sightline.concurrent.Lifecycle;
import io.sightline.demo.DemoLauncher;
import io.sightline.demo.DemoOptions;
import io.sightline.demo.RunningDemo;
import io.sightline.demo.ScenarioClock;
import io.sightline.demo.scenario.Scenario;
import io.sightline.demo.scenario.ScenarioLoader;
import io.sightline.series.SeriesStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The scenario suite (only under {@code mvn -Pscenarios verify}): every built-in demo scenario is run in its own
 * processes, recorded with {@code sightline record} through real JMX and real log files, and the capture is
 * replayed through the engine as a responder would have watched it. The true cause must be on top at the end of
 * the fault window (for {@code healthy}: at the end), and it prints the benchmark table row. Speed 1 by default:
 * faults' real-time parts (latency, lock holds, timeouts) do not compress; {@code -Dsightline.scenarios.speed=2}
 * halves the wait where that is acceptable; {@code -Dsightline.scenarios.only=pool-misconfig,healthy} runs some;
 * {@code -Dsightline.scenarios.keep=DIR} keeps the captures. The database's own view is recorded too
 * ({@code record --db-url} on the H2 server's direct port); {@code -Dsightline.scenarios.noDb=true} leaves it out.
 */
class RecordedScenariosIT {
    private static final Logger LOG = LoggerFactory.getLogger(RecordedScenariosIT.class);
    /** Recording continues this long past the end of the fault, so the last log buckets are flushed. */
    private static final Duration TAIL = Duration.ofSeconds(10);
    private static final List<String> ROWS = new CopyOnWriteArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"pool-misconfig", "slow-queries", "connection-leak", "db-network-latency", "gc-pressure",
            "slow-downstream", "healthy"})
    void theTrueCauseIsOnTopOfTheRecordedIncident(String name, @TempDir Path dir) throws Exception {
        assumeThat(Boolean.getBoolean("sightline.scenarios")).as("run with -Pscenarios").isTrue();
        String only = System.getProperty("sightline.scenarios.only", "");
        assumeThat(only.isEmpty() || List.of(only.split(",")).contains(name)).as("-Dsightline.scenarios.only").isTrue();
        double speed = Double.parseDouble(System.getProperty("sightline.scenarios.speed", "1"));
        Scenario scenario = new ScenarioLoader().load(name);
        String truth = scenario.groundTruth().rootCause();
        Path capture = dir.resolve(name + ".capture");
        long onset;
        long until;
        try (Lifecycle lifecycle = new Lifecycle()) {
            RunningDemo demo = DemoLauncher.start(DemoOptions.of(scenario, dir.resolve("runs")).withSpeed(speed), lifecycle);
            ScenarioClock clock = demo.clock();
            Instant end = clock.resolution().orElse(clock.end());
            onset = clock.onset().orElse(clock.start()).toEpochMilli();
            until = end.toEpochMilli();
            Duration recordFor = Duration.between(Instant.now(), end.plus(TAIL));
            assertThat(record(demo, recordFor, capture)).as("record exit code").isZero();
        }
        String keep = System.getProperty("sightline.scenarios.keep", ""); // a folder to keep the captures in
        if (!keep.isEmpty()) {
            java.nio.file.Files.createDirectories(Path.of(keep));
            java.nio.file.Files.copy(capture, Path.of(keep, capture.getFileName().toString()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        SeriesStore store;
        try (CaptureReader reader = CaptureReader.open(capture)) {
            store = reader.replay().store();
        }

        ScenarioVerdict verdict = ScenarioVerdict.of(store, truth, onset, until);

        ROWS.add(verdict.row(name, truth));
        LOG.info("scenario {}: {}", name, verdict.row(name, truth));
        assertThat(verdict.top()).as("%s: top hypothesis (%s)", name, verdict).isEqualTo(truth);
    }

    @AfterAll
    static void printTable() {
        if (!ROWS.isEmpty()) {
            List<String> out = new ArrayList<>();
            out.add("| scenario | true cause | top-1 | score | runner-up | onset → correct top |");
            out.add("|---|---|---|---|---|---|");
            out.addAll(ROWS);
            System.out.println(String.join(System.lineSeparator(), out));
        }
    }

    private static int record(RunningDemo demo, Duration duration, Path out) {
        List<String> args = new ArrayList<>(List.of("record", "--jmx", demo.jmxUrl(),
                "--duration", Math.max(1, duration.toSeconds()) + "s", "--out", out.toString()));
        demo.logs().forEach(log -> args.addAll(List.of("--log", log.toString())));
        if (!Boolean.getBoolean("sightline.scenarios.noDb")) { // -Dsightline.scenarios.noDb=true: the JVM side alone
            args.addAll(List.of("--db-url", demo.database().jdbcUrl(), "--db-user", demo.database().user(),
                    "--db-password", new String(demo.database().password())));
        }
        StringWriter err = new StringWriter();
        var cl = SightlineCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args.toArray(String[]::new));
        if (exit != 0) {
            LOG.warn("record failed: {}", err);
        }
        return exit;
    }
}
