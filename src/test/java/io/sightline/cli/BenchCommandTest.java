package io.sightline.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    @Test
    void benchListsChartsAndRejectsNonsenseWithOneLineAndExitTwo() {
        CommandLine cl = SightlineCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("bench")).isZero();
        assertThat(out.toString()).contains("charts");

        assertThat(cl.execute("bench", "charts", "--panels", "0")).isEqualTo(SightlineCommand.EXIT_BAD_INPUT);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("bench charts").contains("--panels");
    }
}
