package io.sightline.ui;

import io.sightline.AppContext;
import io.sightline.capture.CaptureMetadata;
import io.sightline.capture.CaptureWriter;
import io.sightline.checklist.Replay;
import io.sightline.demo.RunningDemo;
import io.sightline.session.IncidentSession;
import io.sightline.source.log.LiveLines;
import io.sightline.ui.chart.ChartStack;
import io.sightline.ui.chart.ChartStackViewModel;
import io.sightline.ui.checklist.ChecklistPane;
import io.sightline.ui.checklist.ChecklistViewModel;
import io.sightline.ui.log.LogPane;
import io.sightline.ui.log.LogPaneModel;
import io.sightline.ui.replay.CaptureOpener;
import io.sightline.ui.report.PostmortemExport;
import io.sightline.ui.replay.SaveCaptureAction;
import io.sightline.ui.pools.PoolsView;
import io.sightline.ui.pools.PoolsViewModel;
import io.sightline.ui.series.SeriesBrowser;
import io.sightline.ui.series.SeriesBrowserViewModel;
import io.sightline.ui.sources.SourcesPane;
import io.sightline.ui.sources.SourcesViewModel;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Puts one {@link IncidentSession} into the main window: sources on the left, the chart stack in the centre, the
 * checklist on the right, the application log at the bottom. Linking: selecting a log line pins the charts'
 * crosshair at its time; locking the crosshair on a chart scrolls the log to that instant.
 */
final class SessionView {
    private static final Logger LOG = LoggerFactory.getLogger(SessionView.class);

    private final IncidentSession session;
    private final MainController controller;
    private final MainViewModel model;
    private final ChartStack charts;
    private final CaptureOpener opener;
    private PoolsView pools;
    private final PostmortemExport postmortem;

    SessionView(IncidentSession session, MainController controller, MainViewModel model) {
        this.session = session;
        this.controller = controller;
        this.model = model;
        AppContext ctx = session.context();
        charts = new ChartStack(ctx.store(), ctx.workspace(), ctx.clock(), session.background());
        controller.setCharts(charts);
        controller.setPoolsWhenShown(() -> pools = new PoolsView(
                new PoolsViewModel(session.targets(), ctx.store(), session.background(), Platform::runLater)));
        SourcesPane sources = new SourcesPane(SourcesViewModel.onFxThread(session.targets(), session.background(), ctx.clock())
                .withLogs(session));
        SeriesBrowser series = new SeriesBrowser(new SeriesBrowserViewModel(ctx.store(), charts.viewModel(),
                session.targets(), Platform::runLater));
        controller.setSources(series.under(sources));
        ChecklistViewModel checklist = new ChecklistViewModel(session.checklist().session(), ctx.clock());
        checklist.follow(session.checklist());
        controller.setChecklist(new ChecklistPane(checklist).root());
        model.watchRecording(session::recording);
        opener = new CaptureOpener(session.background(), ctx.clock(), model.zone(), () -> model.themeProperty().get());
        controller.setOnOpenCapture(() -> opener.chooseAndOpen(window(), ctx.workspace().captures()));
        SaveCaptureAction save = new SaveCaptureAction(ctx.store(), this::exportMetadata,
                () -> session.recording().map(CaptureWriter::file), session.background(), model.zone(), model::setStatus);
        controller.setOnSaveCapture(() -> save.run(window(), charts.viewModel().range(), ctx.workspace().captures()));
        postmortem = new PostmortemExport(PostmortemExport.recording(session::recording), session.background(), ctx.clock());
        postmortem.statusProperty().addListener((o, was, text) -> model.setStatus(text));
        controller.setOnExportPostmortem(() -> postmortem.choose(window(), ctx.workspace().dir("postmortems")),
                postmortem.runningProperty());
    }

    /** "Export postmortem…" of the live window (tests replace its file chooser). */
    PostmortemExport postmortemExport() {
        return postmortem;
    }

    /** Opens a capture in a replay window, as "Open capture…" does, with the playhead {@code at} from its start. */
    void openCapture(Path file, java.time.Duration at) {
        opener.open(file, CaptureOpener.WIDTH, CaptureOpener.HEIGHT)
                .thenAccept(w -> w.model().seek(w.model().start() + at.toMillis()))
                .exceptionally(failure -> null);
    }

    private Window window() {
        return charts.getScene() == null ? null : charts.getScene().getWindow();
    }

    /** The recording's metadata (or a fresh one) spanning what the store holds now. */
    private CaptureMetadata exportMetadata() {
        AppContext ctx = session.context();
        CaptureMetadata base = session.recording().map(CaptureWriter::metadata)
                .orElseGet(() -> CaptureMetadata.startingAt(ctx.clock().millis(), ctx.clock().getZone()));
        long[] range = Replay.timeRange(ctx.store());
        return range == null ? base : base.withRange(range[0], range[1] + 1);
    }

    /** Starts the demo incident off the FX thread and shows its application log once it runs. */
    void startDemo(String scenario) {
        model.setStatus("Starting the demo incident (" + scenario + ")…");
        session.startDemo(scenario).whenComplete((demo, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                LOG.warn("demo did not start", cause);
                model.setStatus("Demo did not start: " + cause.getMessage());
                return;
            }
            demoStarted(demo);
        }));
    }

    private void demoStarted(RunningDemo demo) {
        model.openIncident("Demo incident · " + demo.scenario().name(), session.context().clock().instant());
        model.setStatus("Watching demo service (pool " + demo.poolName() + ")");
        showLog(session.liveLines());
    }

    /** Shows the followed logs (all merged by time, or one chosen) in the log pane, following the newest line. */
    private void showLog(LiveLines lines) {
        LogPane pane = new LogPane(new LogPaneModel(lines, session.background(), model.zone()));
        ChartStackViewModel chartModel = charts.viewModel();
        pane.onSelectTime(chartModel::pinCrosshair);
        chartModel.crosshairLockedProperty().addListener((o, was, locked) -> {
            if (locked) {
                pane.scrollTo(chartModel.crosshairProperty().get());
            }
        });
        controller.setLogs(pane);
    }

    void stop() {
        if (pools != null) {
            pools.stop();
        }
    }
}
