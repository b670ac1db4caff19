package io.sightline.ui.replay;

import io.sightline.ui.report.PostmortemExport;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/** Thin view of {@code fxml/replay.fxml}: binds the frame, the damage banner and the scrubber bar to the model. */
final class ReplayController {
    static final List<Double> SPEEDS = List.of(1.0, 2.0, 5.0, 10.0, 30.0, 60.0);

    @FXML private BorderPane root;
    @FXML private Label fileLabel;
    @FXML private Label summary;
    @FXML private VBox banner;
    @FXML private Label bannerTitle;
    @FXML private Label bannerText;
    @FXML private StackPane chartHost;
    @FXML private StackPane checklistHost;
    @FXML private StackPane logHost;
    @FXML private StackPane scrubberHost;
    @FXML private Button playButton;
    @FXML private Button nextButton;
    @FXML private Button previousButton;
    @FXML private ChoiceBox<Double> speed;
    @FXML private Label timeLabel;
    @FXML private Label checklistTitle;
    @FXML private Label exportStatus;
    @FXML private Button exportPostmortemButton;

    private final ReplayViewModel model;
    private Scrubber scrubber;
    private Runnable onExportPostmortem = () -> { };

    ReplayController(ReplayViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        fileLabel.setText(model.file().toString());
        summary.setText(model.report().samplesRead() + " samples · " + model.report().eventsRead() + " events · "
                + model.ticks().size() + " event ticks");
        showDamage(model.damage());
        scrubber = new Scrubber(model);
        scrubberHost.getChildren().setAll(scrubber);
        timeLabel.textProperty().bind(model.timeTextProperty());
        // Evaluation runs in the background; say so rather than show a stale verdict as current.
        checklistTitle.textProperty().bind(Bindings.createStringBinding(
                () -> model.diagnosedAtProperty().get() == model.playheadProperty().get()
                        ? "CHECKLIST AT PLAYHEAD" : "CHECKLIST AT PLAYHEAD · evaluating…",
                model.diagnosedAtProperty(), model.playheadProperty()));
        playButton.textProperty().bind(model.playingProperty().map(p -> p ? "Pause" : "Play"));
        speed.setItems(FXCollections.observableArrayList(SPEEDS));
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double x) {
                return x == null ? "" : String.format("%.0f×", x);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        speed.setValue(model.speed());
        speed.valueProperty().addListener((o, a, x) -> model.setSpeed(x));
    }

    /** Never hidden: a replay with holes says where the holes are, and what SQLite's own check said. */
    private void showDamage(List<String> lines) {
        boolean damaged = !lines.isEmpty();
        banner.setVisible(damaged);
        banner.setManaged(damaged);
        if (damaged) {
            bannerTitle.setText("This capture is damaged: what is shown is what could be read. Integrity check: "
                    + String.join("; ", model.report().integrity().subList(0, Math.min(3, model.report().integrity().size()))));
            bannerText.setText(String.join("\n", lines));
        }
    }

    /** "Export postmortem…": {@code choose} asks where and exports; the button waits while one runs. */
    void setPostmortemExport(PostmortemExport export, Runnable choose) {
        onExportPostmortem = choose;
        exportStatus.textProperty().bind(export.statusProperty());
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(export.statusProperty()); // the line gives way to the buttons; the tooltip has it all
        exportStatus.setTooltip(tip);
        exportPostmortemButton.disableProperty().bind(export.runningProperty());
    }

    @FXML
    void exportPostmortem() {
        onExportPostmortem.run();
    }

    void setCharts(Node node) {
        chartHost.getChildren().setAll(node);
    }

    void setChecklist(Node node) {
        checklistHost.getChildren().setAll(node);
    }

    void setLogs(Node node) {
        logHost.getChildren().setAll(node);
    }

    BorderPane root() {
        return root;
    }

    Scrubber scrubber() {
        return scrubber;
    }

    VBox banner() {
        return banner;
    }

    Label bannerText() {
        return bannerText;
    }

    @FXML
    void togglePlay() {
        model.togglePlay();
    }

    @FXML
    void nextEvent() {
        model.nextEvent();
    }

    @FXML
    void previousEvent() {
        model.previousEvent();
    }
}
