package io.sightline.demo.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioLoaderTest {
    private static final Map<String, String> GROUND_TRUTH = Map.of(
            "pool-misconfig", "pool-undersized",
            "slow-queries", "slow-queries",
            "connection-leak", "connection-leak",
            "db-network-latency", "db-network",
            "gc-pressure", "gc-pauses",
            "slow-downstream", "slow-downstream",
            "healthy", "no-incident",
            "test-pool-undersized", "pool-undersized");
    static final java.util.List<String> BUILT_IN = ScenarioLoader.BUILT_IN;

    private final ScenarioLoader loader = new ScenarioLoader();

    @ParameterizedTest
    @FieldSource("BUILT_IN")
    void everyShippedScenarioParsesWithItsGroundTruth(String name) {
        Scenario scenario = loader.load(name);

        assertThat(scenario.name()).isEqualTo(name);
        assertThat(scenario.groundTruth().rootCause()).isEqualTo(GROUND_TRUTH.get(name));
        if (!name.startsWith("test-")) {
            assertThat(scenario.duration()).isBetween(Duration.ofMinutes(3), Duration.ofMinutes(6));
        }
    }

    @Test
    void theBuiltInListMatchesTheShippedFiles() throws URISyntaxException, java.io.IOException {
        Path dir = Path.of(ScenarioLoader.class.getResource("/io/sightline/demo/scenarios/").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(ScenarioLoader.BUILT_IN);
        }
    }

    @Test
    void theDefaultScenarioStartsItsIncidentWellInsideNinetySeconds() {
        Scenario.GroundTruth truth = loader.load(ScenarioLoader.DEFAULT_SCENARIO).groundTruth();

        assertThat(truth.onset()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(40));
        assertThat(truth.resolution()).isGreaterThan(Duration.ofSeconds(90));
    }

    @Test
    void theTestScenarioFaultStartsWithinSeconds() {
        Scenario scenario = loader.load("test-pool-undersized");

        assertThat(scenario.groundTruth().onset()).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(scenario.timeline().get(0).pool().maximumPoolSize()).isLessThan(scenario.pool().maximumPoolSize());
    }

    @Test
    void badJsonNamesFileAndLocation() {
        assertOneLineError("{\"name\": \"x\",, }", "bad.json: line 1, column ", "not valid JSON");
    }

    @Test
    void unknownRootCauseIsRejected() {
        assertOneLineError(valid().replace("\"pool-undersized\"", "\"pool-too-small\""),
                "bad.json: groundTruth.rootCause: 'pool-too-small' is not a hypothesis id");
    }

    @Test
    void missingFieldIsNamed() {
        assertOneLineError(valid().replace("\"duration\": \"4m\",", ""), "bad.json: duration: missing");
    }

    @Test
    void missingNestedFieldIsNamedWithItsPath() {
        assertOneLineError(valid().replace("\"rate\": 60,", ""), "bad.json: load.rate: missing");
    }

    @Test
    void negativeTimeAsNumberIsRejected() {
        assertOneLineError(valid().replace("\"at\": \"35s\"", "\"at\": -5"), "bad.json: timeline[0].at: negative time");
    }

    @Test
    void negativeTimeAsTextIsRejected() {
        assertOneLineError(valid().replace("\"onset\": \"35s\"", "\"onset\": \"-35s\""),
                "bad.json: groundTruth.onset: negative time '-35s'");
    }

    @Test
    void unknownFieldIsRejected() {
        assertOneLineError(valid().replace("\"release\": \"1.4.2\"", "\"relase\": \"1.4.2\""),
                "bad.json: relase: unknown field");
    }

    @Test
    void stepsOutOfOrderAreRejected() {
        assertOneLineError(valid().replace("\"at\": \"170s\"", "\"at\": \"10s\""),
                "bad.json: timeline[1].at: steps must be in time order");
    }

    @Test
    void unknownActionIsRejected() {
        assertOneLineError(valid().replace("\"action\": \"deploy\", \"release\": \"1.4.3\"", "\"action\": \"reboot\""),
                "bad.json: timeline[0].action: unknown action 'reboot'");
    }

    @Test
    void resolutionBeforeOnsetIsRejected() {
        assertOneLineError(valid().replace("\"resolution\": \"170s\"", "\"resolution\": \"20s\""),
                "bad.json: groundTruth.resolution: must come after the onset");
    }

    @Test
    void aMissingFileIsNamed(@org.junit.jupiter.api.io.TempDir Path dir) {
        String missing = dir.resolve("nope.json").toString();
        assertThatThrownBy(() -> loader.load(missing)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(missing + ": scenario: no such built-in scenario or file");
    }

    @Test
    void aUserFileLoadsFromDisk(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path file = Files.writeString(dir.resolve("mine.json"), valid().replace("\"pool-misconfig\"", "\"mine\""));

        assertThat(loader.load(file.toString()).name()).isEqualTo("mine");
    }

    private void assertOneLineError(String json, String... expected) {
        assertThatThrownBy(() -> loader.parse("bad.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("\n").startsWith(expected[0]);
                    for (String part : expected) {
                        assertThat(e.getMessage()).contains(part);
                    }
                });
    }

    private static String valid() {
        try (var in = ScenarioLoader.class.getResourceAsStream("/io/sightline/demo/scenarios/pool-misconfig.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
