package io.sightline.ui.log;

import io.sightline.series.Severity;
import io.sightline.source.log.FileLineIndex;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ApplicationExtension.class)
class LogPaneTest {
    @TempDir
    static Path dir;

    private LogPane pane;
    private FileLineIndex index;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "log-pane-test");
        t.setDaemon(true);
        return t;
    });

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempFile("pane", ".log");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            String level = i % 100 == 7 ? "ERROR" : "INFO ";
            sb.append(String.format("2024-01-15 10:%02d:%02d.000 [main] %s a.B - line %d%n", i / 60 % 60, i % 60, level, i));
            if (i % 100 == 7) {
                sb.append("java.lang.IllegalStateException: boom ").append(i).append('\n');
                sb.append("\tat a.B.c(B.java:1)\n");
            }
        }
        Files.writeString(file, sb);
        index = new FileLineIndex(file);
        pane = new LogPane(new LogPaneModel(index, background, ZoneOffset.UTC));
        stage.setScene(new Scene(pane, 900, 500));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        background.shutdownNow();
        index.close();
    }

    @Test
    void filtersByLevelKeepingStackTraces(FxRobot robot) {
        assertThat(pane.list().getItems()).hasSize(2040);
        robot.interact(() -> pane.model().minLevelProperty().set(Severity.ERROR));
        await().atMost(Duration.ofSeconds(10)).until(() -> pane.list().getItems().size() == 60);
        assertThat(index.text(pane.list().getItems().get(1))).startsWith("java.lang.IllegalStateException");
        robot.interact(() -> pane.model().filterTextProperty().set("boom 1907"));
        await().atMost(Duration.ofSeconds(10)).until(() -> pane.list().getItems().size() == 1);
        robot.interact(() -> {
            pane.model().filterTextProperty().set("");
            pane.model().minLevelProperty().set(null);
        });
        assertThat(pane.list().getItems()).hasSize(2040);
    }

    @Test
    void scrollToTimeSelectsTheLineAndSelectionReportsItsTime(FxRobot robot) {
        AtomicLong selected = new AtomicLong();
        pane.onSelectTime(selected::set);
        long t = Instant.parse("2024-01-15T10:16:40Z").toEpochMilli(); // line 1000 (10:16:40)
        robot.interact(() -> pane.scrollTo(t));
        await().atMost(Duration.ofSeconds(10)).until(() -> pane.list().getSelectionModel().getSelectedIndex() > 0);
        int row = pane.list().getSelectionModel().getSelectedIndex();
        assertThat(index.text(pane.list().getItems().get(row))).endsWith("line 1000");
        await().atMost(Duration.ofSeconds(10)).until(() -> selected.get() == t);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void searchHighlightsAndMovesToTheNextMatch(FxRobot robot) {
        robot.interact(() -> pane.model().searchProperty().set("line 1500"));
        robot.interact(() -> pane.model().findNext(0, true));
        await().atMost(Duration.ofSeconds(10)).until(() -> pane.list().getSelectionModel().getSelectedIndex() > 0);
        int row = pane.list().getSelectionModel().getSelectedIndex();
        assertThat(index.text(pane.list().getItems().get(row))).contains("line 1500");
        var flow = LogLineCell.flow("a line 1500 b", "line 1500");
        assertThat(flow.getChildren()).hasSize(3);
        assertThat(flow.getChildren().get(1).getStyleClass()).contains(LogLineCell.STYLE_MATCH);
    }
}
