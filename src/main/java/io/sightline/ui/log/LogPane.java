package io.sightline.ui.log;

import io.sightline.series.Severity;
import io.sightline.source.log.LineQueries;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The log pane: a virtualised list over a {@link LogPaneModel} (only visible lines are read), level colours,
 * one source or all of them merged by time, filter by level and text or regex, search with highlight, and
 * following the newest line ({@link FollowControl}). New lines are taken in at most once per
 * {@link #REFRESH_NANOS} from a pulse timer. The lead wires {@link #scrollTo(long)} to chart clicks and
 * {@link #onSelectTime} to a chart marker.
 */
public final class LogPane extends BorderPane {
    public static final String STYLESHEET = "/css/log-pane.css";
    /** How often new lines are taken in: once per pulse (60 Hz) at most; a refresh still queued skips the next. */
    static final long REFRESH_NANOS = 15_000_000L;

    private final LogPaneModel model;
    @FXML
    private ComboBox<Integer> source;
    @FXML
    private ComboBox<Severity> level;
    @FXML
    private TextField filter;
    @FXML
    private CheckBox regex;
    @FXML
    private TextField search;
    @FXML
    private ToggleButton follow;
    @FXML
    private ListView<Integer> list;
    @FXML
    private Label status;
    private final AnimationTimer refresher = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            // The list's skin spends time in proportion to its row count on every batch: when a batch took long,
            // wait a few times that long before the next, so the FX thread stays free for the user (and batches grow).
            if (now - last >= Math.max(REFRESH_NANOS, 3 * model.lastApplyNanos())) {
                last = now;
                model.refreshInBackground();
            }
        }
    };
    private List<String> badges = List.of();

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
        // Take in new lines only while shown: a pane no longer in a window costs nothing.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                refresher.stop();
            } else {
                refresher.start();
            }
        });
    }

    @FXML
    private void initialize() {
        level.setItems(FXCollections.observableArrayList(Arrays.asList(null, Severity.DEBUG, Severity.INFO,
                Severity.WARN, Severity.ERROR)));
        level.setConverter(converter(s -> s == null ? "All levels" : s.name() + " and above"));
        level.valueProperty().bindBidirectional(model.minLevelProperty());
        source.setConverter(converter(i -> i == null || i < 0 ? "All sources" : sourceName(i)));
        source.valueProperty().addListener((o, a, b) -> model.sourceProperty().set(b == null ? -1 : b));
        model.sourceProperty().addListener((o, a, b) -> source.setValue(b.intValue()));
        updateSources();
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        regex.selectedProperty().bindBidirectional(model.regexProperty());
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnAction(e -> model.findNext(list.getSelectionModel().getSelectedIndex(), true));
        search.textProperty().addListener((o, a, b) -> list.refresh());
        follow.selectedProperty().bindBidirectional(model.followingProperty());
        list.setItems(model.rows());
        list.setCellFactory(v -> new LogLineCell(model.lines(), model.searchProperty(), this::badge));
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> model.select(b.intValue()));
        status.textProperty().bind(model.statusProperty());
        model.scrollTargetProperty().addListener((o, a, b) -> {
            int row = b.intValue();
            if (row >= 0) {
                list.scrollTo(Math.max(0, row - 3));
                list.getSelectionModel().clearAndSelect(row);
            }
        });
        FollowControl followControl = new FollowControl(list, model.followingProperty());
        model.onRowsChanged(droppedRows -> {
            updateSources();
            followControl.rowsChanged(droppedRows);
        });
    }

    /** The sources to choose from, once there are several (more can be followed later). */
    private void updateSources() {
        List<String> names = model.sources();
        if (names.size() == badges.size()) {
            return;
        }
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        List<String> padded = new ArrayList<>();
        for (String n : names) {
            padded.add(n + " ".repeat(width - n.length() + 1));
        }
        badges = List.copyOf(padded);
        List<Integer> choices = new ArrayList<>();
        choices.add(LineQueries.Filter.ALL_SOURCES);
        for (int i = 0; i < names.size(); i++) {
            choices.add(i);
        }
        Integer chosen = source.getValue();
        source.setItems(FXCollections.observableArrayList(choices));
        source.setValue(chosen == null ? LineQueries.Filter.ALL_SOURCES : chosen);
        source.setVisible(names.size() > 1);
        source.setManaged(names.size() > 1);
        list.refresh();
    }

    private String sourceName(int i) {
        List<String> names = model.sources();
        return i < names.size() ? names.get(i) : "source " + i;
    }

    /** The badge of a line when all of several sources are shown merged; null otherwise. */
    private String badge(int line) {
        if (badges.size() < 2 || model.sourceProperty().get() != LineQueries.Filter.ALL_SOURCES) {
            return null;
        }
        int s = model.lines().source(line);
        return s < badges.size() ? badges.get(s) : null;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return show.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
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

    ToggleButton followToggle() {
        return follow;
    }
}
