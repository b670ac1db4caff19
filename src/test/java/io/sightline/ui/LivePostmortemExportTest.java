package io.sightline.ui;

import io.sightline.AppContext;
import io.sightline.capture.CaptureReader;
import io.sightline.capture.CaptureWriter;
import io.sightline.checklist.ChecklistFixtures;
import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.session.IncidentSession;
import io.sightline.ui.report.ExportedReport;
import io.sightline.workspace.Workspace;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Export postmortem…" in the live window drafts from the recording in progress: the always-on capture is flushed
 * and read while it is still being written, and the recording goes on losing nothing.
 */
@ExtendWith(ApplicationExtension.class)
class LivePostmortemExportTest {
    @TempDir
    Path home;

    private final SeriesStore store = ChecklistFixtures.poolMisconfigured().store();
    private AppContext context;
    private IncidentSession session;
    private SessionView view;

    @Start
    void start(Stage stage) {
        context = new AppContext(Clock.systemUTC(), new Workspace(home), store, new Lifecycle());
        SightlineApp.MainWindow window = SightlineApp.MainWindow.open(stage, context);
        session = new IncidentSession(context);
        session.startRecording();
        view = new SessionView(session, window.controller(), window.model());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> view.stop());
        session.close();
        context.close();
    }

    @Test
    void draftsFromTheRecordingInProgressWhichKeepsRecording(FxRobot robot) throws Exception {
        Path report = home.resolve("out/live.md");
        view.postmortemExport().setChooser((owner, folder) -> Optional.of(report));

        robot.clickOn("#exportPostmortemButton");

        Label status = robot.lookup("#status").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> status.getText().startsWith("Postmortem written"));
        ExportedReport.assertComplete(report);

        // The recording was read while open; it still takes samples, and its file ends up with every one of them.
        CaptureWriter writer = session.recording().orElseThrow();
        Series active = store.all().stream().filter(s -> s.id().metric().equals(Metrics.POOL_ACTIVE)
                && s.id().source().equals(Metrics.SOURCE_JMX)).findFirst().orElseThrow();
        long after = active.snapshot().lastTime() + 1_000;
        active.append(after, 4);
        session.close();
        try (CaptureReader reader = CaptureReader.open(writer.file())) {
            SeriesStore replayed = reader.replay().store();
            for (Series s : store.all()) {
                SeriesId id = s.id();
                assertThat(replayed.find(id).orElseThrow().snapshot().size()).as(id.toString()).isEqualTo(s.snapshot().size());
            }
            assertThat(replayed.find(active.id()).orElseThrow().snapshot().lastTime()).isEqualTo(after);
        }
    }
}
