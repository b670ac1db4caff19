package io.sightline.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sightline.cli.SightlineCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sightline lint} as CI runs it: exit codes, one-line errors, text, JSON and SARIF output. */
class LintCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void springPoolOf50TimesFourInstancesOverflowsAHundredConnections() throws Exception {
        int exit = run(fixture("budget-application.yml").toString(), "--instances", "4", "--db-max-connections", "100");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .contains("error [connection-budget]")
                .contains("maximumPoolSize 50 x 4 instance(s) = 200 connections at peak")
                .contains("max_connections 100");
        assertThat(out.toString()).contains("budget-application.yml:7:");
    }

    @Test
    void surgeAndReservedSlotsCountAgainstTheBudget() throws Exception {
        int exit = run(fixture("clean-application.yml").toString(), "--instances", "7", "--surge", "2",
                "--db-max-connections", "100", "--db-reserved", "3");

        assertThat(exit).isEqualTo(0);
        assertThat(run(fixture("clean-application.yml").toString(), "--instances", "8", "--surge", "2",
                "--db-max-connections", "100", "--db-reserved", "3")).as("10 x 10 = 100 > 97").isEqualTo(1);
        assertThat(out.toString()).contains("= 100 connections at peak").contains("3 reserved = 97");
    }

    @Test
    void cleanFileExitsZero() throws Exception {
        int exit = run(fixture("clean-application.yml").toString(), "--instances", "4", "--db-max-connections", "100",
                "--request-timeout", "30s", "--db-cores", "16");

        assertThat(exit).as(out.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("0 error(s), 0 warning(s), 0 note(s) in 1 pool(s)");
    }

    @Test
    void unreadableFileExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("application.yml");
        assertThat(run(missing.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("sightline lint: " + missing + ": no such file");

        err.getBuffer().setLength(0);
        Path broken = dir.resolve("pool.json");
        Files.writeString(broken, "{\n  \"maximumPoolSize\": 10,\n  \"connectionTimeout\": \n}\n");
        assertThat(run(broken.toString())).isEqualTo(2);
        assertThat(err.toString().strip().lines()).singleElement().asString().startsWith("sightline lint: " + broken + ":4: not valid JSON");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unreachableFactsDatabaseExitsTwoWithARedactedLine() throws Exception {
        int exit = run(fixture("clean-application.yml").toString(), "--jdbc-url",
                "jdbc:postgresql://127.0.0.1:1/shop?user=lint&password=hunter2");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip().lines()).singleElement().asString()
                .startsWith("sightline lint: cannot connect to jdbc:postgresql://127.0.0.1:1/shop?user=lint&password=***")
                .doesNotContain("hunter2");
    }

    @Test
    void idleLimitFlagIsCheckedAgainstMaxLifetimeAndKeepalive(@TempDir Path dir) throws Exception {
        Path noKeepalive = Files.writeString(dir.resolve("application.yml"),
                "spring:\n  datasource:\n    hikari:\n      keepalive-time: 0\n      max-lifetime: 1800000\n");

        assertThat(run(noKeepalive.toString(), "--idle-limit", "AWS NLB=350s")).isEqualTo(1);
        assertThat(out.toString()).contains("application.yml:5: error [max-lifetime-over-idle-limit]")
                .contains("AWS NLB closes connections idle for 5.8 min");
        assertThat(run(fixture("clean-application.yml").toString(), "--idle-limit", "AWS NLB=350s"))
                .as("keepalive of 2 min exercises idle connections first").isZero();
        assertThat(run(noKeepalive.toString(), "--idle-limit", "350s")).isEqualTo(2);
        assertThat(err.toString()).contains("--idle-limit '350s' should look like NAME=DURATION");
    }

    @Test
    void springCannotBindADurationSuffixToHikarisLongSetter(@TempDir Path dir) throws Exception {
        Path yml = Files.writeString(dir.resolve("application.yml"),
                "spring:\n  datasource:\n    hikari:\n      connection-timeout: 30s\n");

        assertThat(run(yml.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("application.yml:4: error [invalid-value]")
                .contains("'30s' is a duration, but Spring Boot binds this property to HikariCP's long setter");
    }

    @Test
    void textFindingsNeverShowThePasswordOfTheUrl() throws Exception {
        run(fixture("many-findings.properties").toString(), "--format", "json");
        assertThat(out.toString()).doesNotContain("hunter2");
    }

    @Test
    void sarifIsStructurallyValidWithRightLines(@TempDir Path dir) throws Exception {
        Path file = fixture("many-findings.properties");
        Path sarif = dir.resolve("lint.sarif");
        int exit = run(file.toString(), "--format", "sarif", "--output", sarif.toString());

        assertThat(exit).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(sarif.toFile());
        assertThat(root.path("$schema").asText()).contains("sarif-2.1.0");
        assertThat(root.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = root.path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        List<String> ruleIds = new ArrayList<>();
        rules.forEach(r -> {
            ruleIds.add(r.path("id").asText());
            assertThat(r.path("helpUri").asText()).startsWith("https://");
        });
        assertThat(ruleIds).contains("unknown-key", "suspect-unit", "max-lifetime-replaced", "connection-budget");
        JsonNode results = run.path("results");
        assertThat(results.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode r : results) {
            assertThat(r.path("level").asText()).isIn("error", "warning", "note");
            assertThat(r.path("message").path("text").asText()).isNotBlank().doesNotContain("hunter2");
            assertThat(ruleIds.get(r.path("ruleIndex").asInt())).isEqualTo(r.path("ruleId").asText());
            JsonNode loc = r.path("locations").get(0).path("physicalLocation");
            assertThat(loc.path("artifactLocation").path("uri").asText()).isEqualTo(file.toUri().toString());
        }
        assertThat(lineOf(results, "unknown-key")).isEqualTo(2);
        assertThat(lineOf(results, "suspect-unit")).isEqualTo(3);
        assertThat(lineOf(results, "max-lifetime-replaced")).isEqualTo(5);
    }

    @Test
    void sarifUriOfARelativePathStaysRelative() throws Exception {
        Path relative = Path.of("").toAbsolutePath().relativize(fixture("many-findings.properties"));
        run(relative.toString(), "--format", "sarif");
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.path("runs").get(0).path("results").get(0).path("locations").get(0)
                .path("physicalLocation").path("artifactLocation").path("uri").asText())
                .isEqualTo(relative.toString().replace('\\', '/'));
    }

    @Test
    void jsonReportListsFindingsAndSummary() throws Exception {
        run(fixture("budget-application.yml").toString(), "--instances", "4", "--db-max-connections", "100", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.path("summary").path("errors").asInt()).isEqualTo(1);
        JsonNode budget = root.path("findings").get(0);
        assertThat(budget.path("ruleId").asText()).isEqualTo("connection-budget");
        assertThat(budget.path("line").asInt()).isEqualTo(7);
        assertThat(budget.path("key").asText()).isEqualTo("spring.datasource.hikari.maximum-pool-size");
    }

    private static int lineOf(JsonNode results, String ruleId) {
        for (JsonNode r : results) {
            if (r.path("ruleId").asText().equals(ruleId)) {
                return r.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt();
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        CommandLine cl = SightlineCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("lint"));
        all.addAll(List.of(args));
        return cl.execute(all.toArray(String[]::new));
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(LintCommandTest.class.getResource("/lint/cli/" + name).toURI());
    }
}
