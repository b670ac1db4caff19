package io.sightline.lint;

import io.sightline.lint.read.ConfigReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code pool-below-load}: its queueing arithmetic (against textbook values), the rule, and its CLI flags. */
class PoolBelowLoadTest {
    @TempDir
    Path dir;

    @Test
    void waitProbabilityMatchesTheTextbookTable() {
        // Erlang C for 10 agents at 8 Erlangs is 0.409 (the classic call-centre example).
        assertThat(ErlangC.waitProbability(10, 8)).isCloseTo(0.409, within(0.001));
        assertThat(ErlangC.waitProbability(3, 3.5)).as("a pool below the average load never keeps up").isEqualTo(1);
    }

    @Test
    void sizesThePoolSoFewRequestsWaitPastTheTimeout() {
        // 57 req/s holding 61 ms each: 3.5 connections busy on average, as in the pool-misconfig demo.
        double load = 57 * 0.061;
        assertThat(ErlangC.waitLongerThan(4, load, 61, 250)).isGreaterThan(0.05);
        assertThat(ErlangC.smallestPool(load, 61, 250, 0.001)).isEqualTo(5);
        assertThat(ErlangC.smallestPool(2 * load, 61, 250, 0.001)).isBetween(8, 10);
    }

    @Test
    void theSuggestedSizeIsTheSmallestThatMeetsTheTarget() {
        for (double load : new double[] {0.4, 3.5, 40, 900}) {
            int c = ErlangC.smallestPool(load, 50, 250, 0.001);
            assertThat(ErlangC.waitLongerThan(c, load, 50, 250)).as("load %s, %d connections", load, c).isLessThanOrEqualTo(0.001);
            assertThat(ErlangC.waitLongerThan(c - 1, load, 50, 250)).as("load %s, %d connections", load, c - 1).isGreaterThan(0.001);
        }
    }

    @Test
    void aPoolOfThreeUnderThatLoadFailsTheCheckWithTheSuggestedSize() throws Exception {
        Path file = dir.resolve("application.yml");
        Files.writeString(file, """
                spring:
                  datasource:
                    url: jdbc:postgresql://127.0.0.1:5432/shop
                    hikari:
                      maximum-pool-size: 3
                      connection-timeout: 250
                """);
        List<Finding> findings = new Linter().lintAll(new ConfigReader().read(List.of(file)),
                Facts.none().withLoad(new Facts.Load(57, Duration.ofMillis(61))));

        Finding f = findings.stream().filter(x -> x.ruleId().equals("pool-below-load")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(LintSeverity.ERROR);
        assertThat(f.location().line()).isEqualTo(5);
        assertThat(f.message()).contains("maximum-pool-size: 3", "× 61 ms", "3.5 connections", "cannot keep up");
        assertThat(f.fix()).containsPattern("Set maximum-pool-size: (8|9|10):").contains("5 connections are the bare minimum");
    }

    @Test
    void lintTakesTheLoadFromTheCommandLineAndFailsTheCheck() throws Exception {
        Path file = dir.resolve("pool.properties");
        Files.writeString(file, "jdbcUrl=jdbc:postgresql://127.0.0.1:5432/shop\nmaximumPoolSize=3\nconnectionTimeout=250\n");
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = io.sightline.cli.SightlineCommand.commandLine();
        cli.setOut(new java.io.PrintWriter(out));

        int code = cli.execute("lint", file.toString(), "--load-rate", "57", "--hold-time", "61ms");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("pool-below-load", "maximumPoolSize=3 against a load of 57 req/s");
    }

    @Test
    void aLoadRateWithoutAHoldTimeIsRefused() throws Exception {
        Path file = dir.resolve("pool.properties");
        Files.writeString(file, "maximumPoolSize=3\n");
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = io.sightline.cli.SightlineCommand.commandLine();
        cli.setErr(new java.io.PrintWriter(err));

        assertThat(cli.execute("lint", file.toString(), "--load-rate", "57")).isEqualTo(2);
        assertThat(err.toString()).contains("--load-rate and --hold-time go together");
    }
}
