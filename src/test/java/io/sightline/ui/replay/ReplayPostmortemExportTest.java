package io.sightline.ui.replay;

import io.sightline.capture.CaptureExporter;
import io.sightline.capture.CaptureMetadata;
import io.sightline.capture.TimeWindow;
import io.sightline.checklist.ChecklistFixtures;
import io.sightline.concurrent.Lifecycle;
import io.sightline.ui.Theme;
import io.sightline.ui.report.ExportedReport;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** "Export postmortem…" in the replay window: the button drafts the capture's postmortem beside the chosen path. */
@ExtendWith(ApplicationExtension.class)
class ReplayPostmortemExportTest {
    @TempDir
    static Path dir;
    static Path capture;

    private final Lifecycle lifecycle = new Lifecycle();
    private final ExecutorService background = lifecycle.newCachedPool("replay-export-test");
    private ReplayWindow window;

    @BeforeAll
    static void record() {
        capture = dir.resolve("pool-misconfig.sightline");
        CaptureExporter.export(ChecklistFixtures.poolMisconfigured().store(), CaptureMetadata.startingAt(0, ZoneOffset.UTC),
                TimeWindow.ALL, capture, CaptureExporter.Options.PLAIN);
    }

    @Start
    void start(Stage stage) {
        // the replay window is opened by the test, through the opener, as "Open capture…" does
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> window.stage().close());
        }
        lifecycle.close();
    }

    @Test
    void theButtonDraftsThePostmortemWithItsChartsBesideIt(FxRobot robot) throws Exception {
        window = new CaptureOpener(background, Clock.systemUTC(), ZoneOffset.UTC, () -> Theme.DARK)
                .open(capture, 1280, 800).get(20, TimeUnit.SECONDS);
        Path report = dir.resolve("reports/incident.md");
        window.postmortemExport().setChooser((owner, folder) -> {
            assertThat(folder).as("the chooser starts beside the capture").isEqualTo(dir);
            return Optional.of(report);
        });

        robot.clickOn("#exportPostmortemButton");

        Label status = robot.lookup("#exportStatus").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> status.getText().startsWith("Postmortem written"));
        assertThat(status.getText()).contains(report.getFileName() + " and 3 charts in " + report.getParent(), "pool-undersized");
        ExportedReport.assertComplete(report);
    }

    @Test
    void aReportThatCannotBeWrittenIsOneLineInTheStatus(FxRobot robot) throws Exception {
        window = new CaptureOpener(background, Clock.systemUTC(), ZoneOffset.UTC, () -> Theme.DARK)
                .open(capture, 1280, 800).get(20, TimeUnit.SECONDS);
        Path report = capture.resolve("incident.md"); // "inside" the capture file: no such folder can exist
        window.postmortemExport().setChooser((owner, folder) -> Optional.of(report));

        robot.clickOn("#exportPostmortemButton");

        Label status = robot.lookup("#exportStatus").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> status.getText().startsWith("Postmortem not written"));
        assertThat(status.getText()).contains(report + ": cannot write the report").doesNotContain("\n");
        assertThat(robot.lookup("#exportPostmortemButton").queryButton().isDisabled()).as("ready for another try").isFalse();
    }
}
