package io.sightline.source.jmx;

import io.sightline.cli.SightlineCommand;
import io.sightline.source.jmx.testtarget.TargetProcess;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sightline pools} against real target JVMs. */
class PoolsCommandIT {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SightlineCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void printsARowPerPoolPerTickAndShowsAStarvedPoolAtFullUtilisation() {
        try (TargetProcess target = TargetProcess.start("pool:shop:4", "starve:tiny:2")) {
            int code = run("pools", "--jmx", target.address(), "--interval", "200ms", "--count", "3", "--format", "csv");
            assertThat(code).as(err.toString()).isZero();
            List<String> lines = out.toString().lines().toList();
            assertThat(lines.get(0)).isEqualTo("time,target,pool,active,idle,total,max,waiting,utilisation%");
            assertThat(lines).hasSize(1 + 3 * 2);
            assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains("," + target.address() + ","));
            String tiny = lines.stream().filter(l -> l.contains(",tiny,")).reduce((a, b) -> b).orElseThrow();
            assertThat(tiny).endsWith(",1,0,1,1,2,100.0");
            assertThat(lines).anyMatch(l -> l.contains(",shop,") && l.contains(",4,0,"));
        }
    }

    @Test
    void jsonLinesAndTextTableWork() {
        try (TargetProcess target = TargetProcess.start("pool:shop:4")) {
            assertThat(run("pools", "--jmx", target.address(), "--interval", "100ms", "--count", "2", "--format", "json")).isZero();
            List<String> json = out.toString().lines().toList();
            assertThat(json).hasSize(2).allMatch(l -> l.startsWith("{\"time\":") && l.contains("\"pool\":\"shop\"")
                    && l.contains("\"max\":4"));
            out.getBuffer().setLength(0);
            assertThat(run("pools", "--jmx", target.address(), "--interval", "100ms", "--count", "1")).isZero();
            assertThat(out.toString().lines().toList()).hasSize(2).first().asString().contains("utilisation%");
        }
    }

    @Test
    void anUnreachableTargetExitsWithTwoAndOneLineNamingItWithinFiveSeconds() {
        int closed = TargetProcess.freePort();
        long start = System.nanoTime();
        int code = run("pools", "--jmx", "127.0.0.1:" + closed, "--count", "1");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString()
                .startsWith("sightline pools: target '127.0.0.1:" + closed + "'").contains("connection refused");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void rejectsAnIntervalOutsideTheAllowedRange() {
        assertThat(run("pools", "--jmx", "127.0.0.1:1", "--interval", "50ms")).isEqualTo(2);
        assertThat(err.toString()).contains("--interval").contains("100 ms..60 s");
    }
}
