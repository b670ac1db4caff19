package io.sightline.source.log;

import io.sightline.series.Severity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LiveLinesTest {
    private static void feed(LiveLines.Feed f, String line, long time) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        f.line(b, 0, b.length, time);
    }

    /** Lines "l{i}" at time i, for i in [from, to). */
    private static void feedRange(LiveLines.Feed f, int from, int to) {
        for (int i = from; i < to; i++) {
            feed(f, "l" + i, i);
        }
    }

    private static List<String> texts(LiveLines lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.text(i));
        }
        return out;
    }

    @Test
    void mergesSourcesByTimeKeepingArrivalOrderForEqualTimes() {
        LiveLines lines = new LiveLines(100);
        LiveLines.Feed access = lines.newFeed("access");
        LiveLines.Feed app = lines.newFeed("app");
        feed(access, "a1", 1000);
        feed(app, "p1 ERROR boom", 1000);
        feed(app, "\tat x.Y(Y.java:1)", 1000);
        feed(access, "a2", 3000);
        feed(app, "p2", 2000);
        assertThat(lines.refreshChange()).isEqualTo(new LogLines.Change(0, 0));
        assertThat(texts(lines)).containsExactly("a1", "p1 ERROR boom", "\tat x.Y(Y.java:1)", "p2", "a2");
        assertThat(lines.source(0)).isZero();
        assertThat(lines.source(3)).isEqualTo(1);
        assertThat(lines.sources()).containsExactly("access", "app");
        assertThat(lines.level(2)).isEqualTo(Severity.ERROR); // a stack line keeps its entry's level
        assertThat(lines.time(3)).isEqualTo(2000);

        // an access-log line stamped earlier than lines shown (request start, written at its end) lands in place
        feed(access, "a0", 1500);
        feed(app, "p3", 4000);
        assertThat(lines.refreshChange()).isEqualTo(new LogLines.Change(0, 3));
        assertThat(texts(lines)).containsExactly("a1", "p1 ERROR boom", "\tat x.Y(Y.java:1)", "a0", "p2", "a2", "p3");
        assertThat(lines.refreshChange()).isNull();
    }

    @Test
    void keepsOnlyTheNewestLinesAndSaysHowManyLeft() {
        LiveLines lines = new LiveLines(10);
        LiveLines.Feed f = lines.newFeed("app");
        feedRange(f, 0, 8);
        lines.refresh();
        feedRange(f, 8, 13);
        assertThat(lines.refreshChange()).isEqualTo(new LogLines.Change(3, 5));
        assertThat(texts(lines)).containsExactly("l3", "l4", "l5", "l6", "l7", "l8", "l9", "l10", "l11", "l12");
        assertThat(lines.dropped()).isEqualTo(3);
        // many refreshes later (the window's arrays are reused, compacted when their end is reached)
        for (int i = 13; i < 1000; i++) {
            feed(f, "l" + i, i);
            lines.refresh();
        }
        assertThat(texts(lines)).containsExactly("l990", "l991", "l992", "l993", "l994", "l995", "l996", "l997",
                "l998", "l999");
        assertThat(lines.dropped()).isEqualTo(990);
    }

    @Test
    void anInboxNobodyReadsStaysBounded() {
        LiveLines lines = new LiveLines(100);
        LiveLines.Feed f = lines.newFeed("app");
        feedRange(f, 0, 10_000);
        lines.refresh();
        assertThat(lines.size()).isEqualTo(100);
        assertThat(lines.text(99)).isEqualTo("l9999");
        assertThat(lines.dropped()).isEqualTo(9_900);
    }

    @Test
    void aSourceFeedsParsedLinesWithTheirEntrysTime() throws Exception {
        LiveLines lines = new LiveLines(100);
        LogPipeline pipeline = new LogPipeline(ParseContext.defaults(new LogStats()), LogFormat.LOGBACK,
                new Collecting());
        pipeline.onParsedLine(lines.newFeed("app"));
        byte[] text = ("2024-01-15 10:00:01.500 [main] ERROR a.B - boom\n"
                + "java.lang.IllegalStateException: x\n\tat a.B.c(B.java:1)\n"
                + "2024-01-15 10:00:02.000 [main] INFO  a.B - ok\n").getBytes(StandardCharsets.UTF_8);
        pipeline.feed(text, 0, text.length);
        lines.refresh();
        assertThat(lines.size()).isEqualTo(4);
        assertThat(lines.time(2)).isEqualTo(lines.time(0));
        assertThat(lines.time(3) - lines.time(0)).isEqualTo(500);
        assertThat(lines.level(1)).isEqualTo(Severity.ERROR);
        assertThat(lines.level(3)).isEqualTo(Severity.INFO);
    }
}
