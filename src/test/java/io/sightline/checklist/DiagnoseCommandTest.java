package io.sightline.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sightline.cli.SightlineCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sightline diagnose} end to end over a recorded store (JSON fixture until the capture reader is wired). */
class DiagnoseCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonRanksTheCauseFirstWithEvidenceAndTopSince() throws Exception {
        Telemetry t = new Telemetry(21).rate(150).holdMs(80).run(Duration.ofMinutes(3));
        long onset = t.now;
        t.restartWithMax(6).run(Duration.ofMinutes(2));
        Path capture = dir.resolve("incident.json");
        JsonFixture.write(t.store, capture);

        Run run = run(new DiagnoseCommand(new JsonFixture()), capture.toString(), "--json");

        assertThat(run.exit).as(run.err).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out);
        JsonNode hypotheses = root.get("hypotheses");
        assertThat(hypotheses).hasSize(8);
        assertThat(hypotheses.get(0).get("id").asText()).isEqualTo("pool-undersized");
        for (int i = 1; i < hypotheses.size(); i++) {
            assertThat(hypotheses.get(i).get("score").asDouble()).isLessThanOrEqualTo(hypotheses.get(i - 1).get("score").asDouble());
        }
        assertThat(hypotheses.get(0).get("evidence").findValuesAsText("id")).contains(EvidenceIds.POOL_UTILISATION, EvidenceIds.POOL_MAX_CHANGED);
        assertThat(hypotheses.get(0).get("evidence").get(0).get("text").asText()).isNotBlank();
        assertThat(root.get("steps").get(0).get("state").asText()).isEqualTo("supported");
        long topSince = root.get("topSince").asLong();
        assertThat(topSince).isBetween(onset, onset + 60_000);
    }

    @Test
    void atReadsTheCaptureAsItStoodThenAndRefusesATimeOutsideIt() throws Exception {
        Telemetry t = new Telemetry(23).rate(150).holdMs(80).run(Duration.ofMinutes(3));
        t.restartWithMax(6).run(Duration.ofMinutes(2));
        t.restartWithMax(21).run(Duration.ofMinutes(3));
        Path capture = dir.resolve("recovered.json");
        JsonFixture.write(t.store, capture);

        Run during = run(new DiagnoseCommand(new JsonFixture()), capture.toString(), "--json", "--at", "290s");
        Run outside = run(new DiagnoseCommand(new JsonFixture()), capture.toString(), "--at", "3h");

        assertThat(during.exit).as(during.err).isZero();
        assertThat(new ObjectMapper().readTree(during.out).get("hypotheses").get(0).get("id").asText()).isEqualTo("pool-undersized");
        assertThat(outside.exit).isEqualTo(2);
        assertThat(outside.err).contains("--at 10800s is outside the capture");
    }

    @Test
    void textNamesTheCauseTheNumbersAndWhatToCheck() throws Exception {
        Telemetry t = new Telemetry(22).rate(100).holdMs(40).run(Duration.ofMinutes(3));
        t.holdMs(600).run(Duration.ofMinutes(2));
        Path capture = dir.resolve("slow.json");
        JsonFixture.write(t.store, capture);

        Run run = run(new DiagnoseCommand(new JsonFixture()), capture.toString());

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("Most likely: slow-queries").contains("Each request holds a connection")
                .contains("check by hand:").contains("pg_stat_activity")
                .contains("Database-first checklist:").contains("1. supported  Is the connection pool saturated?")
                .contains("3. supported  Do queries or locks hold connections longer than before?");
    }

    @Test
    void withoutACaptureReaderItFailsWithOneLine() throws Exception {
        Path capture = Files.writeString(dir.resolve("x.sightline"), "whatever");
        Run run = run(new DiagnoseCommand(), capture.toString());
        assertThat(run.exit).isEqualTo(SightlineCommand.EXIT_BAD_INPUT);
        assertThat(run.err.strip()).doesNotContain("\n").contains("x.sightline").contains("no capture reader");
    }

    @Test
    void missingFileAndUnreadableCaptureAreOneLineErrors() throws Exception {
        Run missing = run(new DiagnoseCommand(new JsonFixture()), dir.resolve("nope.json").toString());
        assertThat(missing.exit).isEqualTo(SightlineCommand.EXIT_BAD_INPUT);
        assertThat(missing.err.strip()).doesNotContain("\n").contains("nope.json: no such capture file");

        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"other\": 1}");
        Run unreadable = run(new DiagnoseCommand(new JsonFixture()), bad.toString());
        assertThat(unreadable.exit).isEqualTo(SightlineCommand.EXIT_BAD_INPUT);
        assertThat(unreadable.err.strip()).doesNotContain("\n").contains("bad.json").contains("no \"series\"");
    }

    @Test
    void diagnoseIsRegisteredOnTheRootCommand() {
        assertThat(SightlineCommand.commandLine().getSubcommands()).containsKey("diagnose");
    }

    private static Run run(DiagnoseCommand command, String... args) {
        // The real root's error handling and converters, with this command instance (and its loader) as diagnose.
        CommandLine real = SightlineCommand.commandLine();
        CommandLine root = new CommandLine(new SightlineCommand());
        root.addSubcommand(command);
        root.registerConverter(java.time.Duration.class, io.sightline.cli.DurationConverter::parse);
        root.setExecutionExceptionHandler(real.getExecutionExceptionHandler());
        root.setParameterExceptionHandler(real.getParameterExceptionHandler());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        root.setOut(new PrintWriter(out));
        root.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 1];
        full[0] = "diagnose";
        System.arraycopy(args, 0, full, 1, args.length);
        int exit = root.execute(full);
        if (Boolean.getBoolean("checklist.print")) {
            System.out.println(out + "\n[stderr] " + err);
        }
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }
}
