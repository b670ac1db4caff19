package io.sightline.source.log;

import io.sightline.series.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LogLinesTest {
    @TempDir
    Path dir;

    static final String LOG = "2024-01-15 10:00:00.000 [main] INFO  a.B - one\n"
            + "2024-01-15 10:00:01.000 [main] ERROR a.B - two\n"
            + "java.lang.IllegalStateException: boom\n"
            + "\tat a.B.c(B.java:1)\n"
            + "2024-01-15 10:00:02.000 [main] WARN  a.B - three\n"
            + "2024-01-15 10:00:03.000 [main] DEBUG a.B - four\n";

    @Test
    void fileIndexReadsOnlyWhatIsAskedAndFollowsGrowthAndTruncation() throws Exception {
        Path file = dir.resolve("app.log");
        Files.writeString(file, LOG);
        try (FileLineIndex index = new FileLineIndex(file)) {
            assertThat(index.size()).isEqualTo(6);
            assertThat(index.text(1)).isEqualTo("2024-01-15 10:00:01.000 [main] ERROR a.B - two");
            assertThat(index.level(0)).isEqualTo(Severity.INFO);
            // the stack trace carries its entry's level: a level filter keeps it
            assertThat(index.level(2)).isEqualTo(Severity.ERROR);
            assertThat(index.level(3)).isEqualTo(Severity.ERROR);
            assertThat(index.level(4)).isEqualTo(Severity.WARN);

            Files.writeString(file, "2024-01-15 10:00:04.000 [main] INFO  a.B - five\npartial", StandardOpenOption.APPEND);
            assertThat(index.refresh()).isTrue();
            assertThat(index.size()).isEqualTo(7); // the partial line waits for its newline
            assertThat(index.text(6)).endsWith("five");

            Files.writeString(file, "2024-01-15 11:00:00.000 [main] INFO  a.B - new\n");
            assertThat(index.refresh()).isTrue();
            assertThat(index.size()).isEqualTo(1);
            assertThat(index.text(0)).endsWith("new");
        }
    }

    @Test
    void filterFindsLevelsTextAndRegexAndTimeLeadsToTheLine() throws Exception {
        Path file = dir.resolve("app.log");
        Files.writeString(file, LOG);
        try (FileLineIndex index = new FileLineIndex(file)) {
            LineQueries q = new LineQueries(index, ZoneOffset.UTC);
            assertThat(q.filter(new LineQueries.Filter(Severity.WARN, "", false), () -> false))
                    .containsExactly(1, 2, 3, 4);
            assertThat(q.filter(new LineQueries.Filter(null, "three", false), () -> false)).containsExactly(4);
            assertThat(q.filter(new LineQueries.Filter(null, "t(wo|hree)$", true), () -> false)).containsExactly(1, 4);
            assertThat(q.timeOf(3)).isEqualTo(Collecting.t("2024-01-15T10:00:01Z")); // a frame: its entry's time
            assertThat(q.indexAt(Collecting.t("2024-01-15T10:00:02Z"))).isEqualTo(4);
            assertThat(q.indexAt(Collecting.t("2024-01-15T10:00:01.500Z"))).isEqualTo(4);
            assertThat(q.indexAt(Collecting.t("2024-01-15T09:00:00Z"))).isZero();
        }
    }

    @Test
    void commandWindowKeepsTheLastLinesOnly() {
        LineWindow w = new LineWindow(3);
        for (String line : LOG.split("\n")) {
            w.append(line);
        }
        assertThat(w.size()).isZero(); // not visible until refreshed: indexes stay stable for the view
        assertThat(w.refresh()).isTrue();
        assertThat(w.size()).isEqualTo(3);
        assertThat(w.dropped()).isEqualTo(3);
        assertThat(w.text(0)).isEqualTo("\tat a.B.c(B.java:1)");
        assertThat(w.level(0)).isEqualTo(Severity.ERROR);
        assertThat(w.text(2)).endsWith("four");
    }
}
