package io.sightline.source.jmx;

import io.sightline.cli.SightlineCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class JmxBenchCommandTest {
    @Test
    void isReachableAsBenchJmxAndRejectsNonsenseInOneLine() {
        CommandLine cl = SightlineCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("bench", "jmx", "--targets", "2", "--jvms", "3")).isEqualTo(SightlineCommand.EXIT_BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sightline bench jmx: --targets must be >= --jvms >= 1");
    }
}
