package io.sightline.report;

import io.sightline.capture.CaptureExporter;
import io.sightline.capture.CaptureMetadata;
import io.sightline.capture.TimeWindow;
import io.sightline.checklist.ChecklistFixtures;
import io.sightline.cli.SightlineCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import io.sightline.lint.Facts;
import io.sightline.lint.Finding;
import io.sightline.lint.Linter;

import static org.assertj.core.api.Assertions.assertThat;

class PostmortemWriterTest {
    @TempDir
    Path dir;

    @Test
    void draftsAPostmortemOfAPoolMisconfigurationWithChartsBesideIt() throws Exception {
        ChecklistFixtures.Session s = ChecklistFixtures.poolMisconfigured();
        Path report = dir.resolve("incident.md");

        Optional<Facts.Load> load = MeasuredLoad.of(s.diagnosis(), s.store(), IncidentWindow.of(s.store(), s.diagnosis()));
        List<Finding> lint = new IncidentLint(new Linter()).findings(s.store(), load, s.diagnosis().time(), List.of());
        String md = new PostmortemWriter(s.store(), s.diagnosis(), ZoneId.of("Europe/Berlin"), lint, load).write(report).markdown();

        assertThat(md).contains("## Summary", "## Timeline", "## Root cause", "## Resolution",
                "## Corrective and preventive actions", "## Charts", "`pool-undersized`", "sightline lint", "**Latency:** p95 peaked at",
                "restarted", "CET");
        // The pool's size as recorded (6) against the load the capture measured (150 req/s x 80 ms = 12 busy).
        assertThat(md).contains("**Trigger:**", "maximumPoolSize 20 → 6")
                .containsPattern("`pool-below-load` \\(error\\), pool shop-db, PoolConfig recorded over JMX from shop-1: maximumPoolSize=6 against")
                .containsPattern("\\*\\*Do:\\*\\* Set maximumPoolSize=\\d\\d:");
        assertThat(md).containsPattern("\\*\\*Impact:\\*\\* \\d+\\.\\d% of requests failed");
        for (String panel : new String[] {"pool", "latency", "errors"}) {
            Path png = dir.resolve("incident-" + panel + ".png");
            assertThat(md).contains("](incident-" + panel + ".png)");
            assertThat(png).exists();
            assertThat(Files.size(png)).isGreaterThan(5_000);
        }
    }

    @Test
    void theTeamsPoolConfigIsLintedAgainstTheLoadTheCaptureMeasured() throws Exception {
        Path capture = capture();
        Path config = dir.resolve("application.yml");
        Files.writeString(config, """
                spring:
                  datasource:
                    url: jdbc:postgresql://127.0.0.1:5432/shop
                    hikari:
                      maximum-pool-size: 6
                """);
        Path report = dir.resolve("out/incident.md");

        int code = SightlineCommand.commandLine().execute("postmortem", capture.toString(), "--out", report.toString(),
                "--pool-config", config.toString());

        assertThat(code).isEqualTo(0);
        assertThat(Files.readString(report))
                .contains("`pool-below-load` (error), pool spring.datasource.hikari, `" + config + ":5`: maximum-pool-size: 6 against")
                .containsPattern("\\*\\*Do:\\*\\* Set maximum-pool-size: \\d\\d:")
                .contains("PoolConfig recorded over JMX from shop-1: maximumPoolSize=6");
        assertThat(dir.resolve("out/incident-pool.png")).exists();
    }

    @Test
    void aBrokenPoolConfigIsOneLineErrorAndNoReport() throws Exception {
        Path config = dir.resolve("application.yml");
        Files.writeString(config, "spring:\n  datasource: [unclosed\n");
        StringWriter err = new StringWriter();
        CommandLine cli = SightlineCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        Path report = dir.resolve("r.md");

        int code = cli.execute("postmortem", capture().toString(), "--out", report.toString(), "--pool-config", config.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).contains(config + ":2: not valid YAML").doesNotContain("\n");
        assertThat(report).doesNotExist();
    }

    /** The pool-misconfiguration fixture written as a real capture file. */
    private Path capture() {
        Path file = dir.resolve("incident.sightline");
        if (!Files.exists(file)) {
            ChecklistFixtures.Session s = ChecklistFixtures.poolMisconfigured();
            CaptureExporter.export(s.store(), CaptureMetadata.startingAt(0, ZoneId.of("UTC")), TimeWindow.ALL, file,
                    CaptureExporter.Options.PLAIN);
        }
        return file;
    }

    @Test
    void aMissingCaptureIsOneLineErrorAndExitTwo() {
        StringWriter err = new StringWriter();
        CommandLine cli = SightlineCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("postmortem", dir.resolve("nope.sightline").toString(), "--out", dir.resolve("r.md").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).endsWith("nope.sightline: no such capture file").doesNotContain("\n");
    }
}
