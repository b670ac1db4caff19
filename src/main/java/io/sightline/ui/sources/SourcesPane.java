package io.sightline.ui.sources;

import io.sightline.source.jmx.ThreadDump;
import io.sightline.ui.Dialogs;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The sources panel: a self-contained control over a {@link SourcesViewModel}, for the main window's left region.
 * Lists local JVMs, saved remote targets and session targets (the demo) with their state; adds, edits, removes,
 * connects and disconnects targets, and takes classified thread dumps. Nothing here blocks the FX thread.
 */
public final class SourcesPane extends VBox {
    private final SourcesViewModel model;
    private String selectedName;

    @FXML
    private ListView<SourceItem> list;
    @FXML
    private Button connectButton;
    @FXML
    private Button disconnectButton;
    @FXML
    private Button editButton;
    @FXML
    private Button removeButton;
    @FXML
    private Button dumpButton;
    @FXML
    private Button mbeansButton;
    @FXML
    private Button addLogButton;
    @FXML
    private ListView<SourcesViewModel.LogRow> logList;
    @FXML
    private Label message;

    public SourcesPane(SourcesViewModel model) {
        this.model = model;
        FXMLLoader loader = new FXMLLoader(SourcesPane.class.getResource("/fxml/sources.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load /fxml/sources.fxml", e);
        }
        getStylesheets().add(SourcesPane.class.getResource(SourcesStyles.STYLESHEET).toExternalForm());
        bind();
        bindLogs();
        model.refresh();
        model.refreshLocalJvms();
    }

    private void bind() {
        list.setItems(model.items());
        list.setCellFactory(v -> new SourceCell());
        list.setPlaceholder(new Label("No JVMs yet. Add a remote target, or Refresh to list local JVMs."));
        message.textProperty().bind(model.message());
        var selected = list.getSelectionModel().selectedItemProperty();
        connectButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().connected(), selected));
        disconnectButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().polled(), selected));
        dumpButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().phase() != io.sightline.source.jmx.TargetState.Phase.CONNECTED,
                selected));
        mbeansButton.disableProperty().bind(dumpButton.disableProperty());
        editButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().kind() != SourceItem.Kind.SAVED, selected));
        removeButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().kind() != SourceItem.Kind.SAVED, selected));
        selected.addListener((o, was, item) -> {
            if (item != null && !item.name().equals(selectedName)) { // a user's new choice, not a reselect
                selectedName = item.name();
                if (!model.diagnosis(item).isEmpty()) {
                    explain(item);
                }
            }
        });
        // a state change replaces the rows; keep the user's selection on the same target
        model.items().addListener((javafx.collections.ListChangeListener<SourceItem>) c -> reselect());
    }

    private void bindLogs() {
        boolean logs = model.canAddLogs();
        addLogButton.setVisible(logs);
        addLogButton.setManaged(logs);
        logList.setItems(model.logRows());
        logList.setPlaceholder(new Label("No log sources. Add log… follows a file or a command."));
        logList.visibleProperty().bind(Bindings.isNotEmpty(model.logRows()));
        logList.managedProperty().bind(logList.visibleProperty());
        logList.setCellFactory(v -> new LogRowCell());
        if (logs) {
            // statuses are volatile reads: once a second, while the panel is shown
            Timeline poll = new Timeline(new KeyFrame(
                    javafx.util.Duration.seconds(1), e -> model.refreshLogs()));
            poll.setCycleCount(Animation.INDEFINITE);
            sceneProperty().addListener((o, was, now) -> {
                if (now == null) {
                    poll.stop();
                } else {
                    poll.play();
                }
            });
        }
    }

    /** Name above, status below (a command's stderr shows here), both cut with an ellipsis in a narrow panel. */
    private static final class LogRowCell extends ListCell<SourcesViewModel.LogRow> {
        private final Label name = new Label();
        private final Label status = new Label();
        private final VBox box = new VBox(1, name, status);

        LogRowCell() {
            name.getStyleClass().add(SourcesStyles.ROW_NAME);
            status.getStyleClass().add(SourcesStyles.ROW_STATUS);
            status.setWrapText(true); // a failing command's stderr is the point: up to three lines of it
            status.setMaxHeight(48);
            setPrefWidth(0); // fit the list's width: no horizontal scroll bar, long statuses end in "…"
        }

        @Override
        protected void updateItem(SourcesViewModel.LogRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
            } else {
                name.setText(item.name());
                status.setText(item.status());
                setGraphic(box);
                setTooltip(new Tooltip(item.name() + "\n" + item.status()));
            }
        }
    }

    @FXML
    void addLog() {
        Dialogs.ownedBy(new LogDialog(), this).showAndWait().ifPresent(r -> model.addLog(r.command(), r.text()));
    }

    private void reselect() {
        if (selectedName == null) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).name().equals(selectedName)) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                }
                return;
            }
        }
    }

    private Optional<SourceItem> selection() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    @FXML
    void add() {
        Dialogs.ownedBy(new TargetDialog(null), this).showAndWait().ifPresent(r -> model.saveAndConnect(r.spec(), null, r.credentials()));
    }

    @FXML
    void refreshLocal() {
        model.refreshLocalJvms();
    }

    @FXML
    void connect() {
        selection().ifPresent(item -> {
            if (item.spec().user() == null) {
                model.connect(item, null);
            } else {
                askPassword(item, this).ifPresent(pw -> model.connect(item, pw));
            }
        });
    }

    @FXML
    void disconnect() {
        selection().ifPresent(model::disconnect);
    }

    @FXML
    void edit() {
        selection().ifPresent(item -> Dialogs.ownedBy(new TargetDialog(item.spec()), this).showAndWait()
                .ifPresent(r -> model.saveAndConnect(r.spec(), item.name(), r.credentials())));
    }

    @FXML
    void remove() {
        selection().ifPresent(item -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Remove " + item.name()
                    + " from the saved targets? Its charts keep what was captured.", ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText(null);
            Dialogs.ownedBy(confirm, this).showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.remove(item));
        });
    }

    @FXML
    void threadDump() {
        selection().ifPresent(item -> model.threadDump(item, this::show));
    }

    @FXML
    void browseMBeans() {
        selection().ifPresent(item -> MBeanBrowser.open(model.mbeanBrowser(item), getScene() == null ? null : getScene().getWindow()));
    }

    private void show(ThreadDump dump) {
        StringBuilder text = new StringBuilder(dump.summary()).append("\n\n");
        for (ThreadDump.Group g : dump.groups()) {
            text.append(g.count()).append(" × ").append(g.threadClass().label()).append(" (").append(g.state())
                    .append(")  ").append(String.join(", ", g.threadNames().subList(0, Math.min(4, g.count()))))
                    .append(g.count() > 4 ? ", …" : "").append('\n');
            g.frames().stream().limit(10).forEach(f -> text.append("    at ").append(f).append('\n'));
            text.append('\n');
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Thread dump of " + dump.target());
        alert.setHeaderText(dump.summary());
        TextArea area = new TextArea(text.toString());
        area.setEditable(false);
        area.setPrefSize(760, 460);
        alert.getDialogPane().setContent(area);
        Dialogs.ownedBy(alert, this).show();
    }

    private void explain(SourceItem item) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("No pools on " + item.name());
        alert.setHeaderText("No HikariCP pools on " + item.name());
        TextArea area = new TextArea(model.diagnosis(item));
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(560, 220);
        alert.getDialogPane().setContent(area);
        Dialogs.ownedBy(alert, this).show();
    }

    private static Optional<char[]> askPassword(SourceItem item, javafx.scene.Node owner) {
        Dialog<char[]> d = new Dialog<>();
        d.setTitle("Password for " + item.name());
        PasswordField field = new PasswordField();
        field.setPromptText("JMX password of " + item.spec().user() + " (kept in memory only)");
        d.getDialogPane().setContent(field);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        return Dialogs.ownedBy(d, owner).showAndWait();
    }
}
