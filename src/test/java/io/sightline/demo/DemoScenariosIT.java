package io.sightline.demo;

import io.sightline.concurrent.Lifecycle;
import io.sightline.demo.scenario.Scenario;
import io.sightline.demo.scenario.ScenarioLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Long runs (only under {@code mvn -Pscenarios verify}): every built-in scenario, compressed, shows its fault to
 * the users during its ground-truth window (more server errors or at least 1.5 times the latency of the healthy
 * start) and the healthy scenario shows none.
 */
class DemoScenariosIT {
    private static final double SPEED = 4;

    private record Second(Instant at, LoadStats stats) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"pool-misconfig", "slow-queries", "connection-leak", "db-network-latency", "gc-pressure",
            "slow-downstream", "healthy"})
    void theUsersFeelTheFaultOnlyDuringTheIncident(String name, @TempDir Path runs) {
        assumeThat(Boolean.getBoolean("sightline.scenarios")).as("run with -Pscenarios").isTrue();
        Scenario scenario = new ScenarioLoader().load(name);
        List<Second> seconds = new CopyOnWriteArrayList<>();
        try (Lifecycle lifecycle = new Lifecycle()) {
            RunningDemo demo = DemoLauncher.start(DemoOptions.of(scenario, runs).withSpeed(SPEED), lifecycle);
            demo.onLoad(stats -> seconds.add(new Second(Instant.now(), stats)));
            ScenarioClock clock = demo.clock();
            Instant until = clock.resolution().orElse(clock.end());
            await().atMost(java.time.Duration.ofMinutes(3)).until(() -> Instant.now().isAfter(until));

            Instant onset = clock.onset().orElse(clock.start().plus(clock.wallDelay(scenario.duration()).dividedBy(4)));
            Window before = Window.of(seconds, clock.start().plusSeconds(2), onset);
            Window during = Window.of(seconds, onset.plusSeconds(2), until);
            if (scenario.groundTruth().isIncident()) {
                assertThat(during.serverErrors > before.serverErrors || during.meanLatencyMs > 1.5 * before.meanLatencyMs)
                        .as("%s: before %s, during %s", name, before, during).isTrue();
            } else {
                assertThat(during.serverErrors + before.serverErrors).as("%s: server errors", name).isZero();
            }
        }
    }

    private record Window(long serverErrors, double meanLatencyMs) {
        static Window of(List<Second> seconds, Instant from, Instant to) {
            List<LoadStats> in = seconds.stream().filter(s -> s.at.isAfter(from) && s.at.isBefore(to))
                    .map(Second::stats).toList();
            long errors = in.stream().mapToLong(LoadStats::serverErrors).sum();
            double latency = in.stream().mapToDouble(LoadStats::meanLatencyMs).average().orElse(0);
            return new Window(errors, latency);
        }
    }
}
