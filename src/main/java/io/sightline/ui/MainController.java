package io.sightline.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import java.util.function.Supplier;

/** Thin view of the main window: binds {@code fxml/main.fxml} to the {@link MainViewModel}. */
public final class MainController {
    @FXML private BorderPane root;
    @FXML private Label incidentTitle;
    @FXML private Label incidentClock;
    @FXML private Label status;
    @FXML private Label recording;
    @FXML private Button themeButton;
    /** Disabled until the session gives them something to do (the window shows before the session has started). */
    @FXML private Button openCaptureButton;
    @FXML private Button saveCaptureButton;
    @FXML private Button exportPostmortemButton;
    @FXML private HBox poolTiles;
    @FXML private StackPane sourcesHost;
    @FXML private StackPane chartHost;
    @FXML private Tab poolsTab;
    @FXML private StackPane poolsHost;
    @FXML private StackPane checklistHost;
    @FXML private StackPane logHost;

    private final MainViewModel model;
    private final Timeline ticker = new Timeline();
    private Runnable onOpenCapture = () -> { };
    private Runnable onSaveCapture = () -> { };
    private Runnable onExportPostmortem = () -> { };

    public MainController(MainViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        incidentTitle.textProperty().bind(model.incidentTitleProperty());
        incidentClock.textProperty().bind(model.clockTextProperty());
        status.textProperty().bind(model.statusProperty());
        Tooltip statusTip = new Tooltip();
        statusTip.textProperty().bind(model.statusProperty());
        status.setTooltip(statusTip);
        recording.textProperty().bind(model.recordingTextProperty());
        model.recordingProperty().addListener((o, was, on) -> toggleClass(recording, Styles.RECORDING_ON, on));
        toggleClass(incidentClock, Styles.INCIDENT_LIVE, model.incidentOpen());
        model.incidentTitleProperty().addListener((o, a, b) -> toggleClass(incidentClock, Styles.INCIDENT_LIVE, model.incidentOpen()));
        themeButton.textProperty().bind(model.themeProperty().map(t -> t == Theme.DARK ? "Light" : "Dark"));
        new PoolTilesView(poolTiles, model.pools());
        placeholder(sourcesHost, "Local JVMs and saved targets appear here.");
        placeholder(chartHost, "Pool, latency, error and JVM panels appear here once a source is connected.");
        placeholder(poolsHost, "Every pool of every connected target appears here, with its live config and lint findings.");
        placeholder(checklistHost, "The database-first checklist appears here.");
        placeholder(logHost, "Log lines from followed files and commands appear here.");
        ticker.getKeyFrames().add(new KeyFrame(Duration.seconds(1), e -> model.refresh()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    /** Installs keyboard shortcuts and the theme once the scene exists. */
    void attach(Scene scene) {
        model.themeProperty().addListener((o, old, theme) -> theme.applyTo(scene));
        model.themeProperty().get().applyTo(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::showHelp);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), this::toggleTheme);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openCapture);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::saveCapture);
    }

    void stop() {
        ticker.stop();
    }

    public void setSources(Node node) {
        sourcesHost.getChildren().setAll(node);
    }

    public void setCharts(Node node) {
        chartHost.getChildren().setAll(node);
    }

    public void setPools(Node node) {
        poolsHost.getChildren().setAll(node);
    }

    /**
     * Builds the Pools tab's content when the tab is first shown, not before: it is the heaviest view and hidden at
     * start, and building it (and styling its table and form) would delay the window's first full frame.
     */
    public void setPoolsWhenShown(Supplier<Node> view) {
        if (poolsTab.isSelected()) {
            setPools(view.get());
            return;
        }
        poolsTab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean selected) {
                if (selected) {
                    poolsTab.selectedProperty().removeListener(this);
                    setPools(view.get());
                }
            }
        });
    }

    public void setChecklist(Node node) {
        checklistHost.getChildren().setAll(node);
    }

    public void setLogs(Node node) {
        logHost.getChildren().setAll(node);
    }

    /** Selects the Pools tab (building its view if it is the first time). */
    public void showPoolsTab() {
        poolsTab.getTabPane().getSelectionModel().select(poolsTab);
    }

    /** What "Open capture…" (Ctrl+O) does. */
    public void setOnOpenCapture(Runnable action) {
        onOpenCapture = action;
        openCaptureButton.setDisable(false);
    }

    /** What "Save capture as…" (Ctrl+S) does. */
    public void setOnSaveCapture(Runnable action) {
        onSaveCapture = action;
        saveCaptureButton.setDisable(false);
    }

    /** What "Export postmortem…" does; the button is disabled while {@code busy}. */
    public void setOnExportPostmortem(Runnable action, javafx.beans.value.ObservableBooleanValue busy) {
        onExportPostmortem = action;
        exportPostmortemButton.disableProperty().bind(busy);
    }

    @FXML
    void exportPostmortem() {
        onExportPostmortem.run();
    }

    @FXML
    void openCapture() {
        onOpenCapture.run();
    }

    @FXML
    void saveCapture() {
        onSaveCapture.run();
    }

    @FXML
    void toggleTheme() {
        model.toggleTheme();
    }

    @FXML
    void showHelp() {
        HelpDialog.show(root.getScene().getWindow());
    }

    private static void placeholder(StackPane host, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.PLACEHOLDER);
        host.getChildren().setAll(label);
    }

    private static void toggleClass(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
