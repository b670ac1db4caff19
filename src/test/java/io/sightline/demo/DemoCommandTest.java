package io.sightline.demo;

import io.sightline.cli.SightlineCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {
    @Test
    void aMalformedScenarioFileExitsTwoWithOneLineNamingFileAndField(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"name\": \"broken\", \"duration\": \"soon\"}");
        StringWriter err = new StringWriter();
        CommandLine cl = SightlineCommand.commandLine();
        cl.setErr(new PrintWriter(err));

        int exit = cl.execute("demo", "--headless", "--scenario", file.toString());

        assertThat(exit).isEqualTo(SightlineCommand.EXIT_BAD_INPUT);
        assertThat(err.toString().strip()).doesNotContain("\n")
                .contains(file.toString()).contains("duration").contains("'soon' is not a duration");
    }

    @Test
    void anUnknownScenarioNameListsTheBuiltInOnes() {
        StringWriter err = new StringWriter();
        CommandLine cl = SightlineCommand.commandLine();
        cl.setErr(new PrintWriter(err));

        int exit = cl.execute("demo", "--scenario", "no-such-scenario");

        assertThat(exit).isEqualTo(SightlineCommand.EXIT_BAD_INPUT);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("no-such-scenario").contains("pool-misconfig");
    }

    @Test
    void aZeroSpeedIsRefused() {
        StringWriter err = new StringWriter();
        CommandLine cl = SightlineCommand.commandLine();
        cl.setErr(new PrintWriter(err));

        assertThat(cl.execute("demo", "--speed", "0")).isEqualTo(SightlineCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--speed");
    }
}
