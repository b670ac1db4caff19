package io.sightline.ui.log;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import io.sightline.source.log.FileTailSource;
import io.sightline.source.log.LineQueries;
import io.sightline.source.log.LiveLines;
import io.sightline.source.log.LogOptions;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The log pane over real followed files: following the newest line, rename rotation, sources merged by time. */
@ExtendWith(ApplicationExtension.class)
class LiveLogPaneTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    Path dir;

    private final Lifecycle lifecycle = new Lifecycle();
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "live-pane-test");
        t.setDaemon(true);
        return t;
    });
    private Stage stage;
    private LiveLines lines;
    private LogPane pane;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        lifecycle.close();
        background.shutdownNow();
    }

    private void show(FxRobot robot, int capacity) {
        lines = new LiveLines(capacity);
        robot.interact(() -> {
            pane = new LogPane(new LogPaneModel(lines, background, ZoneOffset.UTC));
            stage.setScene(new Scene(pane, 900, 400));
            stage.show();
        });
    }

    private FileTailSource follow(String name, Path file) {
        FileTailSource source = new FileTailSource(name, file, LogOptions.defaults(), new SeriesStore(), lifecycle,
                Clock.systemUTC());
        source.feed(lines);
        source.start();
        lifecycle.own(source);
        return source;
    }

    /** A logback line numbered {@code seq}, one millisecond apart from the previous one. */
    private static String line(int seq) {
        return String.format("2024-01-15 10:%02d:%02d.%03d [main] INFO  a.B - seq %d", seq / 60_000 % 60,
                seq / 1000 % 60, seq % 1000, seq);
    }

    private static void append(Path file, int from, int to) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (int i = from; i < to; i++) {
                w.write(line(i));
                w.write('\n');
            }
        }
    }

    /** The texts of the cells entirely inside the list's viewport, as the user sees them. */
    private List<String> visibleLines(FxRobot robot) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            Bounds view = pane.list().localToScene(pane.list().getLayoutBounds());
            for (var node : pane.list().lookupAll("." + LogLineCell.STYLE_LINE)) {
                ListCell<?> cell = (ListCell<?>) node;
                Bounds b = cell.localToScene(cell.getLayoutBounds());
                if (cell.isVisible() && !cell.isEmpty() && cell.getItem() != null && b.getMinY() >= view.getMinY() - 0.5
                        && b.getMaxY() <= view.getMaxY() + 0.5) {
                    out.add(lines.text((Integer) cell.getItem()));
                }
            }
        });
        return out;
    }

    @Test
    void followsTheNewestLineOfAGrowingFileUntilTheUserScrollsUp(FxRobot robot) throws Exception {
        Path file = dir.resolve("app.log");
        append(file, 0, 50);
        show(robot, 10_000);
        follow("app", file);
        assertThat(pane.model().followingProperty().get()).isTrue();
        int written = 50;
        for (int batch = 0; batch < 5; batch++) {
            append(file, written, written + 137);
            written += 137;
            String newest = line(written - 1);
            await().atMost(WAIT).untilAsserted(() -> assertThat(visibleLines(robot)).contains(newest));
        }

        robot.interact(() -> pane.list().requestFocus());
        robot.type(KeyCode.PAGE_UP, 2); // ListView: the first press focuses the top visible row, the second scrolls a page
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.model().followingProperty().get()).as("scrolling up stops following").isFalse();
        assertThat(pane.followToggle().isSelected()).isFalse();
        List<String> reading = visibleLines(robot);
        assertThat(reading).doesNotContain(line(written - 1));
        append(file, written, written + 200);
        written += 200;
        int total = written;
        await().atMost(WAIT).until(() -> pane.list().getItems().size() == total);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleLines(robot)).as("the view stays where the user is reading").isEqualTo(reading);

        robot.type(KeyCode.END);
        String newest = line(written - 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(visibleLines(robot)).contains(newest));
        assertThat(pane.model().followingProperty().get()).isTrue();

        // the mouse wheel rolled up (JavaFX: positive deltaY) stops following too
        robot.interact(() -> javafx.event.Event.fireEvent(pane.list().lookup(".virtual-flow"), wheel(120)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.model().followingProperty().get()).isFalse();
        append(file, written, written + 50);
        int more = written + 50;
        await().atMost(WAIT).until(() -> pane.list().getItems().size() == more);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleLines(robot)).doesNotContain(line(more - 1));
    }

    private static ScrollEvent wheel(double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, 400, 200, 400, 200, false, false, false, false, false, false,
                0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void rowsPastTheWindowLeaveTheFrontAndTheNewestStaysInView(FxRobot robot) throws Exception {
        Path file = dir.resolve("app.log");
        show(robot, 1000);
        follow("app", file);
        append(file, 0, 3000);
        await().atMost(WAIT).untilAsserted(() -> assertThat(visibleLines(robot)).contains(line(2999)));
        assertThat(pane.list().getItems()).hasSize(1000);
        assertThat(lines.text(pane.list().getItems().get(0))).isEqualTo(line(2000));
        assertThat(pane.model().statusProperty().get()).contains("2,000 older not shown");
    }

    @Test
    void followsRenameRotationWithNothingLostOrRepeated(FxRobot robot) throws Exception {
        Path file = dir.resolve("app.log");
        append(file, 0, 10);
        show(robot, 100_000);
        FileTailSource source = follow("app", file);
        await().atMost(WAIT).until(() -> pane.list().getItems().size() == 10);
        // a burst, rotated in the middle as logback's rolling appender does: mv app.log app.log.1, new app.log
        append(file, 10, 6000);
        Files.move(file, dir.resolve("app.log.1"), StandardCopyOption.ATOMIC_MOVE);
        append(file, 6000, 12_000);
        String newest = line(11_999);
        await().atMost(WAIT).untilAsserted(() -> assertThat(visibleLines(robot)).contains(newest));
        assertThat(source.rotations()).isEqualTo(1);

        List<Integer> seqs = new ArrayList<>();
        robot.interact(() -> pane.list().getItems().forEach(row -> seqs.add(seq(lines.text(row)))));
        Set<Integer> distinct = new HashSet<>(seqs);
        assertThat(distinct).as("nothing repeated").hasSize(seqs.size());
        assertThat(seqs).as("nothing lost, in order").hasSize(12_000).isSorted();
    }

    private static int seq(String line) {
        return Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1));
    }

    @Test
    void showsAllSourcesMergedByTimeWithTheirNamesOrOneSource(FxRobot robot) throws Exception {
        Path access = dir.resolve("access.log");
        Path app = dir.resolve("app.log");
        // access lines at even seconds, app lines at odd ones; one app entry carries a stack trace
        StringBuilder a = new StringBuilder();
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < 40; s += 2) {
            a.append(String.format("127.0.0.1 - - [15/Jan/2024:10:00:%02d +0000] \"GET /cart HTTP/1.1\" 200 12 \"-\" \"t\" 900%n", s));
            p.append(String.format("2024-01-15 10:00:%02d.000 [main] %s a.B - app %d%n", s + 1, s == 10 ? "ERROR" : "INFO ", s + 1));
            if (s == 10) {
                p.append("java.lang.IllegalStateException: boom\n\tat a.B.c(B.java:1)\n");
            }
        }
        Files.writeString(access, a);
        Files.writeString(app, p);
        show(robot, 10_000);
        follow("access", access);
        follow("app", app);
        await().atMost(WAIT).until(() -> pane.list().getItems().size() == 42);

        List<Long> times = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        robot.interact(() -> pane.list().getItems().forEach(row -> {
            times.add(lines.time(row));
            texts.add(lines.text(row));
        }));
        assertThat(times).isSorted();
        assertThat(texts.get(0)).contains("10:00:00");
        assertThat(texts.get(1)).endsWith("app 1");
        int error = texts.indexOf("2024-01-15 10:00:11.000 [main] ERROR a.B - app 11");
        assertThat(texts.subList(error, error + 3)).as("the stack trace stays under its entry")
                .containsExactly("2024-01-15 10:00:11.000 [main] ERROR a.B - app 11",
                        "java.lang.IllegalStateException: boom", "\tat a.B.c(B.java:1)");
        // the merged view names each line's source
        robot.interact(() -> pane.list().scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(badges(robot)).contains("access ", "app    ");

        robot.interact(() -> pane.model().sourceProperty().set(1));
        await().atMost(WAIT).until(() -> pane.list().getItems().size() == 22);
        robot.interact(() -> pane.list().getItems().forEach(row -> assertThat(lines.source(row)).isEqualTo(1)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(badges(robot)).as("one source: no badge").isEmpty());

        // new lines of both sources keep arriving: the chosen source's appear, the other's do not
        Files.writeString(app, "2024-01-15 10:01:00.000 [main] INFO  a.B - later\n", StandardOpenOption.APPEND);
        Files.writeString(access, "127.0.0.1 - - [15/Jan/2024:10:01:00 +0000] \"GET /x HTTP/1.1\" 200 1 \"-\" \"t\" 9\n",
                StandardOpenOption.APPEND);
        await().atMost(WAIT).untilAsserted(() -> assertThat(visibleLines(robot)).contains("2024-01-15 10:01:00.000 [main] INFO  a.B - later"));
        await().atMost(WAIT).until(() -> lines.size() == 44);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.list().getItems()).hasSize(23);
        robot.interact(() -> pane.model().sourceProperty().set(LineQueries.Filter.ALL_SOURCES));
        await().atMost(WAIT).until(() -> pane.list().getItems().size() == 44);
    }

    private List<String> badges(FxRobot robot) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> pane.list().lookupAll("." + LogLineCell.STYLE_SOURCE).stream()
                .filter(n -> n.getParent().getParent() instanceof ListCell<?> c && c.isVisible() && !c.isEmpty())
                .forEach(n -> out.add(((javafx.scene.text.Text) n).getText())));
        return out;
    }
}
