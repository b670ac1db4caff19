package io.sightline.ui.log;

import io.sightline.series.Severity;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The log pane: a virtualised list over a {@link LogPaneModel} (only visible lines are read), level colours,
 * filter by level and text or regex, search with highlight. The lead wires {@link #scrollTo(long)} to chart
 * clicks and {@link #onSelectTime} to a chart marker.
 */
public final class LogPane extends BorderPane {
    public static final String STYLESHEET = "/css/log-pane.css";

    private final LogPaneModel model;
    @FXML
    private ComboBox<Severity> level;
    @FXML
    private TextField filter;
    @FXML
    private CheckBox regex;
    @FXML
    private TextField search;
    @FXML
    private ListView<Integer> list;
    @FXML
    private Label status;

    public LogPane(LogPaneModel model) {
        this.model = model;
        FXMLLoader loader = new FXMLLoader(LogPane.class.getResource("/fxml/log-pane.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load /fxml/log-pane.fxml", e);
        }
        getStylesheets().add(LogPane.class.getResource(STYLESHEET).toExternalForm());
    }

    @FXML
    private void initialize() {
        level.setItems(FXCollections.observableArrayList(Arrays.asList(null, Severity.DEBUG, Severity.INFO,
                Severity.WARN, Severity.ERROR)));
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(Severity s) {
                return s == null ? "All levels" : s.name() + " and above";
            }

            @Override
            public Severity fromString(String s) {
                return null;
            }
        });
        level.valueProperty().bindBidirectional(model.minLevelProperty());
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        regex.selectedProperty().bindBidirectional(model.regexProperty());
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnAction(e -> model.findNext(list.getSelectionModel().getSelectedIndex(), true));
        search.textProperty().addListener((o, a, b) -> list.refresh());
        list.setItems(model.rows());
        list.setCellFactory(v -> new LogLineCell(model.lines(), model.searchProperty()));
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> model.select(b.intValue()));
        status.textProperty().bind(model.statusProperty());
        model.scrollTargetProperty().addListener((o, a, b) -> {
            int row = b.intValue();
            if (row >= 0) {
                list.scrollTo(Math.max(0, row - 3));
                list.getSelectionModel().clearAndSelect(row);
            }
        });
    }

    /** Scrolls to the first line at or after this time (a chart was clicked there). */
    public void scrollTo(long timeMillis) {
        model.scrollTo(timeMillis);
    }

    /** Called with the time of each line the user selects (put a marker on the charts). */
    public void onSelectTime(LongConsumer listener) {
        model.onSelectTime(listener);
    }

    public LogPaneModel model() {
        return model;
    }

    ListView<Integer> list() {
        return list;
    }
}
