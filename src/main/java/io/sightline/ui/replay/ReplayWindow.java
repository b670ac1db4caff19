package io.sightline.ui.replay;

import io.sightline.ui.Styles;
import io.sightline.ui.Theme;
import io.sightline.ui.chart.ChartStack;
import io.sightline.ui.checklist.ChecklistPane;
import io.sightline.ui.log.LogPane;
import io.sightline.ui.log.LogPaneModel;
import io.sightline.ui.report.PostmortemExport;
import javafx.animation.AnimationTimer;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;

/**
 * The replay window: the capture's charts, the checklist at the playhead, its log events, and the scrubber, in
 * a Stage of its own beside the live window. The playhead is read once per frame ({@link AnimationTimer}).
 */
public final class ReplayWindow {
    public static final String STYLESHEET = "/css/replay.css";
    /** A log line selected this soon after a click or key press in the log pane was picked by the user. */
    private static final long USER_SELECTION_NANOS = 2_000_000_000L;

    private final ReplayViewModel model;
    private final ReplayController controller;
    private final ChartStack charts;
    private final LogPane logs;
    private final Stage stage;
    private final AnimationTimer frames;
    private final PostmortemExport postmortem;
    private long lastLogInput = Long.MIN_VALUE / 2;

    private ReplayWindow(ReplayViewModel model, ExecutorService background, Stage stage, Theme theme,
                         double width, double height) {
        this.model = model;
        this.stage = stage;
        controller = new ReplayController(model);
        FXMLLoader loader = new FXMLLoader(ReplayWindow.class.getResource("/fxml/replay.fxml"));
        loader.setController(controller);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the replay window", e);
        }
        charts = new ChartStack(model.charts(), background, model.zone());
        charts.setLightTheme(theme == Theme.LIGHT);
        controller.setCharts(charts);
        controller.setChecklist(new ChecklistPane(model.checklist()).root());
        logs = new LogPane(new LogPaneModel(new EventLines(model.store().events().all(), model.zone()), background,
                model.zone()));
        // The pane also selects a line when it scrolls to the playhead; only a line the user picked moves the playhead.
        logs.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> lastLogInput = System.nanoTime());
        logs.addEventFilter(KeyEvent.KEY_PRESSED, e -> lastLogInput = System.nanoTime());
        logs.onSelectTime(t -> {
            if (System.nanoTime() - lastLogInput < USER_SELECTION_NANOS) {
                model.seek(t);
            }
        });
        model.onSeek(logs::scrollTo);
        controller.setLogs(logs);
        postmortem = new PostmortemExport(PostmortemExport.file(model.file()), background, model.wallClock());
        controller.setPostmortemExport(postmortem, () -> postmortem.choose(stage, model.file().toAbsolutePath().getParent()));
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(ReplayWindow.class.getResource(Styles.MAIN).toExternalForm(),
                ReplayWindow.class.getResource(STYLESHEET).toExternalForm());
        theme.applyTo(scene);
        installKeys(scene);
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.pulse();
            }
        };
        stage.setScene(scene);
        stage.setTitle("Sightline replay · " + model.file().getFileName());
        stage.setOnShown(e -> frames.start());
        stage.setOnHidden(e -> {
            frames.stop();
            model.pause();
        });
    }

    /** Shows {@code model} in {@code stage} (FX thread). */
    public static ReplayWindow show(ReplayViewModel model, ExecutorService background, Stage stage, Theme theme,
                                    double width, double height) {
        ReplayWindow w = new ReplayWindow(model, background, stage, theme, width, height);
        stage.show();
        return w;
    }

    private void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // Space plays and pauses, except while typing a filter in the log pane.
            if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                model.togglePlay();
                e.consume();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), model::nextEvent);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), model::previousEvent);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
    }

    public ReplayViewModel model() {
        return model;
    }

    /** "Export postmortem…" of this capture (tests replace its file chooser). */
    public PostmortemExport postmortemExport() {
        return postmortem;
    }

    public Stage stage() {
        return stage;
    }

    ChartStack charts() {
        return charts;
    }

    ReplayController controller() {
        return controller;
    }

    LogPane logs() {
        return logs;
    }
}
