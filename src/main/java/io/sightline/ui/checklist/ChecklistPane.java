package io.sightline.ui.checklist;

import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The checklist view (FXML {@code /fxml/checklist.fxml}, CSS {@code /css/checklist.css}): a thin view over
 * {@link ChecklistViewModel}. Selecting a step opens it (and may raise the guard banner); the buttons tick, skip,
 * reopen and annotate it.
 */
public final class ChecklistPane {
    private final ChecklistViewModel model;
    @FXML private VBox root;
    @FXML private Label leading;
    @FXML private HBox guardBanner;
    @FXML private Label guardText;
    @FXML private ListView<StepItem> steps;
    @FXML private VBox detail;
    @FXML private javafx.scene.control.ScrollPane detailScroll;
    @FXML private Label detailTitle;
    @FXML private VBox evidence;
    @FXML private Label howTo;
    @FXML private VBox notes;
    @FXML private Button tick;
    @FXML private Button skip;
    @FXML private Button reopen;
    @FXML private TextField noteField;
    private boolean syncing;

    public ChecklistPane(ChecklistViewModel model) {
        this.model = model;
        FXMLLoader loader = new FXMLLoader(ChecklistPane.class.getResource(ChecklistStyles.FXML));
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the checklist view", e);
        }
        root.getStylesheets().add(ChecklistPane.class.getResource(ChecklistStyles.STYLESHEET).toExternalForm());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        leading.textProperty().bind(model.leadingProperty());
        guardText.textProperty().bind(model.guardProperty());
        guardBanner.visibleProperty().bind(model.guardProperty().isNotEmpty());
        guardBanner.managedProperty().bind(guardBanner.visibleProperty());
        steps.setItems(model.steps());
        steps.setCellFactory(list -> new StepCell());
        steps.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            StepItem current = model.selectedProperty().get();
            if (!syncing && item != null && (current == null || !current.id().equals(item.id()))) {
                model.open(item.id());
            }
        });
        model.selectedProperty().addListener((obs, old, item) -> {
            if (old == null || item == null || !old.id().equals(item.id())) {
                detailScroll.setVvalue(0); // another step: start at its evidence, not where the last one was scrolled
            }
            showDetail(item);
        });
        // The list view updates its own selection after this change; select again once it has finished.
        model.steps().addListener((javafx.collections.ListChangeListener<StepItem>) c -> javafx.application.Platform.runLater(this::reselect));
        showDetail(model.selectedProperty().get());
        reselect();
    }

    /** After a refresh replaced the rows, select the model's step again without reopening it. */
    private void reselect() {
        StepItem item = model.selectedProperty().get();
        syncing = true;
        try {
            if (item == null) {
                steps.getSelectionModel().clearSelection();
            } else {
                steps.getSelectionModel().select(item.number() - 1);
            }
        } finally {
            syncing = false;
        }
    }

    private void showDetail(StepItem item) {
        detail.setDisable(item == null);
        evidence.getChildren().clear();
        notes.getChildren().clear();
        if (item == null) {
            detailTitle.setText("Select a step to see its evidence.");
            howTo.setText("");
            return;
        }
        detailTitle.setText(item.number() + ". " + item.title() + "  (" + item.state().name().toLowerCase(java.util.Locale.ROOT) + ")");
        item.evidence().forEach(line -> evidence.getChildren().add(wrapped("• " + line)));
        howTo.setText(item.howTo().isEmpty() ? "" : "By hand: " + item.howTo());
        item.notes().forEach(n -> notes.getChildren().add(wrapped("Note: " + n)));
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    @FXML
    private void dismissGuard() {
        model.dismissGuard();
    }

    @FXML
    private void tick() {
        withSelected(id -> model.tick(id));
    }

    @FXML
    private void skip() {
        withSelected(id -> model.skip(id));
    }

    @FXML
    private void reopen() {
        withSelected(id -> model.reopen(id));
    }

    @FXML
    private void annotate() {
        withSelected(id -> model.annotate(id, noteField.getText()));
        noteField.clear();
    }

    private void withSelected(java.util.function.Consumer<String> action) {
        StepItem item = model.selectedProperty().get();
        if (item != null) {
            action.accept(item.id());
        }
    }
}
