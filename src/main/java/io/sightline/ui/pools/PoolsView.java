package io.sightline.ui.pools;

import io.sightline.lint.Finding;
import io.sightline.lint.LintSeverity;
import io.sightline.series.PoolReading;
import io.sightline.source.jmx.PoolConfigValues;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * The live pools view over a {@link PoolsViewModel}: the database-limits form, the table (one row per pool per
 * target, saturated rows marked) and the selected pool's findings. A 1 s timeline pulls the model's latest values
 * on the FX thread; nothing is pushed per sample.
 */
public final class PoolsView extends VBox {
    private final PoolsViewModel model;
    private final Timeline ticker = new Timeline();

    @FXML private TextField url;
    @FXML private TextField user;
    @FXML private PasswordField password;
    @FXML private Button readButton;
    @FXML private Spinner<Integer> instances;
    @FXML private Spinner<Integer> surge;
    @FXML private Label limits;
    @FXML private Label message;
    @FXML private TableView<PoolRow> table;
    @FXML private Label detailsTitle;
    @FXML private ListView<Finding> findings;

    public PoolsView(PoolsViewModel model) {
        this.model = model;
        FXMLLoader loader = new FXMLLoader(PoolsView.class.getResource("/fxml/pools.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load /fxml/pools.fxml", e);
        }
        getStylesheets().add(PoolsView.class.getResource(PoolsStyles.STYLESHEET).toExternalForm());
        bindForm();
        buildTable();
        bindDetails();
        model.refresh();
        ticker.getKeyFrames().add(new KeyFrame(Duration.seconds(1), e -> model.refresh()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public PoolsViewModel viewModel() {
        return model;
    }

    /** Stops pulling values (the window is closing). */
    public void stop() {
        ticker.stop();
    }

    private void bindForm() {
        instances.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1, 10_000, 1));
        surge.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(0, 10_000, 0));
        instances.valueProperty().addListener((o, a, n) -> model.setInstances(n));
        surge.valueProperty().addListener((o, a, n) -> model.setSurge(n));
        limits.textProperty().bind(model.limitsTextProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        readButton.disableProperty().bind(model.readingLimitsProperty().or(url.textProperty().isEmpty()));
    }

    @FXML
    private void readLimits() {
        model.readLimits(url.getText(), user.getText(), password.getText());
    }

    private void buildTable() {
        table.setItems(model.rows());
        // Columns keep readable widths; a narrow window scrolls sideways rather than truncating numbers.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label empty = new Label();
        empty.textProperty().bind(model.emptyTextProperty());
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().setAll(List.of(
                text("Target", PoolRow::target, 80), text("Pool", PoolRow::pool, 90), findingsColumn(),
                group("Live", reading("Active", PoolReading::active), reading("Idle", PoolReading::idle),
                        reading("Total", PoolReading::total), reading("Max", PoolReading::max),
                        reading("Waiting", PoolReading::waiting), utilisation()),
                group("PoolConfig",
                        config("Min\nidle", PoolConfigValues::minimumIdle, HumanUnits::count),
                        config("Connection\ntimeout", PoolConfigValues::connectionTimeout, v -> HumanUnits.millis(v, "none"), 94),
                        config("Idle\ntimeout", PoolConfigValues::idleTimeout, v -> HumanUnits.millis(v, "never")),
                        config("Max\nlifetime", PoolConfigValues::maxLifetime, v -> HumanUnits.millis(v, "infinite")),
                        config("Leak\ndetection", PoolConfigValues::leakDetectionThreshold, v -> HumanUnits.millis(v, "off")),
                        config("Validation\ntimeout", PoolConfigValues::validationTimeout, v -> HumanUnits.millis(v, "none"), 90))));
        table.setRowFactory(t -> new SaturationRow());
    }

    @SafeVarargs
    private static TableColumn<PoolRow, ?> group(String title, TableColumn<PoolRow, String>... columns) {
        TableColumn<PoolRow, String> g = new TableColumn<>(title);
        g.getColumns().setAll(columns);
        return g;
    }

    private static TableColumn<PoolRow, String> text(String title, Function<PoolRow, String> value, double width) {
        TableColumn<PoolRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<PoolRow, String> reading(String title, ToDoubleFunction<PoolReading> value) {
        return number(title, row -> row.readingProperty().map(r -> HumanUnits.number(value.applyAsDouble(r)))
                .orElse(HumanUnits.UNKNOWN), "Waiting".equals(title) ? 68 : 58);
    }

    private static TableColumn<PoolRow, String> utilisation() {
        TableColumn<PoolRow, String> c = number("Use %", row -> row.readingProperty()
                .map(r -> HumanUnits.percent(r.utilisation())).orElse(HumanUnits.UNKNOWN), 58);
        return c;
    }

    private static TableColumn<PoolRow, String> config(String title, ToLongFunction<PoolConfigValues> value,
                                                       java.util.function.LongFunction<String> format) {
        return config(title, value, format, 82);
    }

    private static TableColumn<PoolRow, String> config(String title, ToLongFunction<PoolConfigValues> value,
                                                       java.util.function.LongFunction<String> format, double width) {
        return number(title, row -> row.configProperty().map(c -> format.apply(value.applyAsLong(c)))
                .orElse(HumanUnits.UNKNOWN), width);
    }

    private static TableColumn<PoolRow, String> number(String title, Function<PoolRow, ObservableValue<String>> value,
                                                       double width) {
        TableColumn<PoolRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.getStyleClass().add(PoolsStyles.NUMBER);
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<PoolRow, List<Finding>> findingsColumn() {
        TableColumn<PoolRow, List<Finding>> c = new TableColumn<>("Findings");
        c.setCellValueFactory(cell -> cell.getValue().findingsProperty());
        c.setCellFactory(col -> new FindingsCountCell());
        c.setPrefWidth(112);
        return c;
    }

    private void bindDetails() {
        findings.setCellFactory(l -> new FindingCell(findings));
        findings.setPlaceholder(new Label("No findings."));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> showDetails(row));
        model.rows().addListener((javafx.collections.ListChangeListener<PoolRow>) c -> {
            if (table.getSelectionModel().isEmpty() && !model.rows().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        if (!model.rows().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private final javafx.beans.value.ChangeListener<List<Finding>> findingsListener = (o, was, now) -> showFindings(now);
    private PoolRow shown;

    private void showDetails(PoolRow row) {
        if (shown != null) {
            shown.findingsProperty().removeListener(findingsListener);
        }
        shown = row;
        if (row == null) {
            detailsTitle.setText("Select a pool to see its findings.");
            findings.getItems().clear();
            return;
        }
        detailsTitle.setText("Findings for pool " + row.pool() + " on " + row.target());
        row.findingsProperty().addListener(findingsListener);
        showFindings(row.findingsProperty().get());
    }

    private void showFindings(List<Finding> list) {
        findings.getItems().setAll(list == null ? List.of() : list);
        findings.setPlaceholder(new Label(list == null ? "Linting…" : "No findings: this pool's live configuration looks sound."));
    }

    /** Marks the whole row when the pool is saturated, and follows the reading as it changes. */
    private static final class SaturationRow extends TableRow<PoolRow> {
        private final javafx.beans.value.ChangeListener<PoolReading> onReading = (o, a, b) -> mark();
        private PoolRow watched;

        @Override
        protected void updateItem(PoolRow row, boolean empty) {
            super.updateItem(row, empty);
            if (watched != null) {
                watched.readingProperty().removeListener(onReading);
            }
            watched = empty ? null : row;
            if (watched != null) {
                watched.readingProperty().addListener(onReading);
            }
            mark();
        }

        private void mark() {
            boolean on = watched != null && watched.saturated();
            getStyleClass().remove(PoolsStyles.SATURATED);
            if (on) {
                getStyleClass().add(PoolsStyles.SATURATED);
            }
        }
    }

    /** Counts by severity, each in its colour; "none" when linted and clean. */
    private static final class FindingsCountCell extends javafx.scene.control.TableCell<PoolRow, List<Finding>> {
        @Override
        protected void updateItem(List<Finding> list, boolean empty) {
            super.updateItem(list, empty);
            setText(null);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
                return;
            }
            javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8);
            if (list == null) {
                box.getChildren().add(new Label("…"));
            } else if (list.isEmpty()) {
                Label clean = new Label("none");
                clean.getStyleClass().add(PoolsStyles.CLEAN);
                box.getChildren().add(clean);
            }
            for (LintSeverity s : LintSeverity.values()) {
                long n = list == null ? 0 : list.stream().filter(f -> f.severity() == s).count();
                if (n > 0) {
                    Label l = new Label(n + " " + s.label() + (n > 1 ? "s" : ""));
                    l.getStyleClass().add(PoolsStyles.of(s));
                    box.getChildren().add(l);
                }
            }
            setGraphic(box);
        }
    }

    /** One finding: severity and rule id in the severity's colour, the message, then the fix. */
    private static final class FindingCell extends javafx.scene.control.ListCell<Finding> {
        private final Label head = new Label();
        private final Label text = new Label();
        private final Label fix = new Label();
        private final VBox box = new VBox(2, head, text, fix);

        FindingCell(ListView<Finding> list) {
            head.getStyleClass().add(PoolsStyles.FINDING_HEAD);
            text.getStyleClass().add(PoolsStyles.FINDING_TEXT);
            fix.getStyleClass().add(PoolsStyles.FINDING_FIX);
            text.setWrapText(true);
            fix.setWrapText(true);
            box.maxWidthProperty().bind(list.widthProperty().subtract(32));
            box.prefWidthProperty().bind(box.maxWidthProperty());
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            head.setText(f.severity().label().toUpperCase(java.util.Locale.ROOT) + "  " + f.ruleId());
            head.getStyleClass().removeAll(PoolsStyles.ERROR, PoolsStyles.WARNING, PoolsStyles.INFO);
            head.getStyleClass().add(PoolsStyles.of(f.severity()));
            text.setText(f.message());
            fix.setText("Fix: " + f.fix());
            setGraphic(box);
        }
    }
}
