package io.sightline.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench capture} on a few minutes of data: every figure is printed (the figures themselves are not judged here). */
class CaptureBenchIT {
    @TempDir
    Path dir;

    @Test
    void printsEveryFigureWithItsGoal() {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new CaptureBenchCommand());
        cl.registerConverter(java.time.Duration.class, io.sightline.cli.DurationConverter::parse);
        cl.setOut(new PrintWriter(out, true));
        int exit = cl.execute("--hours", "0.1", "--runs", "1", "--dir", dir.toString());
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString())
                .contains("40 series x 3600 samples")
                .containsPattern("bytes/sample: \\d+\\.\\d+ encoded chunks")
                .containsPattern("decode: \\d+ M samples/s per core")
                .contains("SQLite not yet loaded").contains("preloaded at start-up").contains("integrity ok")
                .containsPattern("scrub step .* p99");
    }
}
