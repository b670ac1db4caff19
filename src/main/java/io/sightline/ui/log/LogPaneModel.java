package io.sightline.ui.log;

import io.sightline.series.Severity;
import io.sightline.source.log.LineQueries;
import io.sightline.source.log.LogLines;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The log pane's state and commands, FX-thread side: the rows shown (virtual), the filter (level, text or
 * regex), the search term the cells highlight, and time navigation both ways: {@link #scrollTo(long)} for a
 * chart click, {@link #onSelectTime} for a line selected (the charts put a marker there). Slow work (filtering,
 * finding a time, reading a growing file) runs on {@code background}; results come back in one
 * {@code Platform.runLater} each, never one per line.
 */
public final class LogPaneModel {
    private final LogLines lines;
    private final ExecutorService background;
    private final ZoneId zone;
    private final RowList rows = new RowList();
    private final ObjectProperty<Severity> minLevel = new SimpleObjectProperty<>();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper scrollTarget = new ReadOnlyIntegerWrapper(-1);
    private final List<LongConsumer> selectListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong filterGeneration = new AtomicLong();
    private volatile LineQueries queries;

    public LogPaneModel(LogLines lines, ExecutorService background, ZoneId zone) {
        this.lines = lines;
        this.background = background;
        this.zone = zone;
        rows.showAll(lines.size());
        updateStatus();
        minLevel.addListener((o, a, b) -> applyFilter());
        filterText.addListener((o, a, b) -> applyFilter());
        regex.addListener((o, a, b) -> applyFilter());
    }

    public ObservableList<Integer> rows() {
        return rows;
    }

    public LogLines lines() {
        return lines;
    }

    public ObjectProperty<Severity> minLevelProperty() {
        return minLevel;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The row the view should scroll to and select (set after {@link #scrollTo(long)} or a search step). */
    public ReadOnlyIntegerProperty scrollTargetProperty() {
        return scrollTarget.getReadOnlyProperty();
    }

    /** Called with the time (epoch ms) of each line the user selects. */
    public void onSelectTime(LongConsumer listener) {
        selectListeners.add(listener);
    }

    /** Scrolls to the first line at or after {@code timeMillis} (a click on a chart). */
    public void scrollTo(long timeMillis) {
        background.execute(() -> {
            int line = queries().indexAt(timeMillis);
            Platform.runLater(() -> target(rows.lineToRow(line)));
        });
    }

    /** The user selected {@code row}: tell the listeners its time. */
    public void select(int row) {
        if (row < 0 || row >= rows.size()) {
            return;
        }
        int line = rows.get(row);
        background.execute(() -> {
            long t = queries().timeOf(line);
            if (t != Long.MIN_VALUE) {
                Platform.runLater(() -> selectListeners.forEach(l -> l.accept(t)));
            }
        });
    }

    /** Moves to the next (or previous) row containing the search term, from {@code fromRow}. */
    public void findNext(int fromRow, boolean forward) {
        String term = search.get();
        if (term == null || term.isEmpty() || rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        int start = fromRow;
        int[] mapping = rows.mapping();
        background.execute(() -> {
            for (int k = 1; k <= n; k++) {
                int row = Math.floorMod(start + (forward ? k : -k), n);
                if (lines.text(mapping == null ? row : mapping[row]).contains(term)) {
                    Platform.runLater(() -> target(row));
                    return;
                }
            }
            Platform.runLater(() -> status.set("'" + term + "' not found"));
        });
    }

    /** Picks up appended lines (a followed file, a command's window); call periodically off the FX thread. */
    public void refreshInBackground() {
        background.execute(() -> {
            if (lines.refresh()) {
                Platform.runLater(() -> {
                    if (isUnfiltered()) {
                        rows.showAll(lines.size());
                        updateStatus();
                    } else {
                        applyFilter();
                    }
                });
            }
        });
    }

    private void applyFilter() {
        if (isUnfiltered()) {
            filterGeneration.incrementAndGet();
            rows.showAll(lines.size());
            updateStatus();
            return;
        }
        if (regex.get()) {
            try {
                Pattern.compile(filterText.get());
            } catch (PatternSyntaxException e) {
                status.set("bad regex: " + e.getDescription());
                return;
            }
        }
        long generation = filterGeneration.incrementAndGet();
        LineQueries.Filter f = new LineQueries.Filter(minLevel.get(), filterText.get(), regex.get());
        status.set("filtering " + lines.size() + " lines…");
        background.execute(() -> {
            int[] matching = queries().filter(f, () -> filterGeneration.get() != generation);
            if (matching != null) {
                Platform.runLater(() -> {
                    if (filterGeneration.get() == generation) {
                        rows.showFiltered(matching);
                        updateStatus();
                    }
                });
            }
        });
    }

    private boolean isUnfiltered() {
        return minLevel.get() == null && (filterText.get() == null || filterText.get().isEmpty());
    }

    private void updateStatus() {
        status.set(rows.size() == lines.size() ? lines.size() + " lines"
                : rows.size() + " of " + lines.size() + " lines");
    }

    private void target(int row) {
        scrollTarget.set(-1);
        scrollTarget.set(row);
    }

    private LineQueries queries() {
        LineQueries q = queries;
        if (q == null) {
            q = new LineQueries(lines, zone);
            queries = q;
        }
        return q;
    }
}
