package io.sightline.ui.log;

import io.sightline.series.Severity;
import io.sightline.source.log.LineQueries;
import io.sightline.source.log.LiveLines;
import io.sightline.source.log.LogLines;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The log pane's state and commands, FX-thread side: the rows shown (virtual), the filter (source, level, text or
 * regex), the search term the cells highlight, whether the view follows the newest line, and time navigation both
 * ways: {@link #scrollTo(long)} for a chart click, {@link #onSelectTime} for a line selected (the charts put a
 * marker there). Slow work (filtering, finding a time, taking in new lines) runs on one serial worker over the
 * given pool, so it never overlaps; each result comes back in one {@code Platform.runLater}, never one per line.
 */
public final class LogPaneModel {
    private final LogLines lines;
    private final Executor worker;
    private final ZoneId zone;
    private final RowList rows = new RowList();
    private final IntegerProperty source = new SimpleIntegerProperty(LineQueries.Filter.ALL_SOURCES);
    private final ObjectProperty<Severity> minLevel = new SimpleObjectProperty<>();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty following = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper scrollTarget = new ReadOnlyIntegerWrapper(-1);
    private final List<LongConsumer> selectListeners = new CopyOnWriteArrayList<>();
    private final List<IntConsumer> rowsListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong filterGeneration = new AtomicLong();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    /** FX-thread time the last batch of new rows took (the list's skin works in proportion to its row count). */
    private long lastApplyNanos;
    private volatile LineQueries queries;
    // Worker side (serial): the filter and row mapping the last worker result was computed with.
    private LineQueries.Filter workerFilter = LineQueries.Filter.NONE;
    private int[] workerMapping;
    private long workerGeneration;

    public LogPaneModel(LogLines lines, Executor background, ZoneId zone) {
        this.lines = lines;
        this.worker = new SerialExecutor(background);
        this.zone = zone;
        rows.showAll(lines.size());
        updateStatus();
        source.addListener((o, a, b) -> applyFilter());
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

    /** The names of the merged sources ({@link LogLines#sources()}); the view offers them when there are several. */
    public List<String> sources() {
        return lines.sources();
    }

    /** The source shown, an index into {@link #sources()}, or {@link LineQueries.Filter#ALL_SOURCES} (merged by time). */
    public IntegerProperty sourceProperty() {
        return source;
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

    /** True while the view keeps the newest line in sight (the user scrolling up turns it off). */
    public BooleanProperty followingProperty() {
        return following;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How long taking in the last batch of new rows took on the FX thread, ns. */
    long lastApplyNanos() {
        return lastApplyNanos;
    }

    /** The row the view should scroll to and select (set after {@link #scrollTo(long)} or a search step). */
    public ReadOnlyIntegerProperty scrollTargetProperty() {
        return scrollTarget.getReadOnlyProperty();
    }

    /** Called with the time (epoch ms) of each line the user selects. */
    public void onSelectTime(LongConsumer listener) {
        selectListeners.add(listener);
    }

    /** Called on the FX thread after the rows changed, with how many rows left the front (a bounded window). */
    void onRowsChanged(IntConsumer listener) {
        rowsListeners.add(listener);
    }

    /** Scrolls to the first line at or after {@code timeMillis} (a click on a chart); stops following. */
    public void scrollTo(long timeMillis) {
        following.set(false);
        worker.execute(() -> {
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
        worker.execute(() -> {
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
        following.set(false);
        int n = rows.size();
        int start = fromRow;
        int[] mapping = rows.mapping();
        worker.execute(() -> {
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

    /**
     * Takes in the lines added since the last call (a followed file, live sources): the view calls it once per
     * pulse at most; a call while one is still queued is dropped, so a burst of lines is one batch.
     */
    public void refreshInBackground() {
        if (!refreshQueued.compareAndSet(false, true)) {
            return;
        }
        worker.execute(() -> {
            LogLines.Change change;
            try {
                change = lines.refreshChange();
            } finally {
                refreshQueued.set(false);
            }
            if (change == null) {
                return;
            }
            int size = lines.size();
            int[] mapping = workerMapping == null ? null : extend(workerMapping, change, size);
            workerMapping = mapping;
            long generation = workerGeneration;
            Platform.runLater(() -> {
                if (generation != filterGeneration.get()) {
                    return; // a newer filter is queued behind this and reads these lines itself
                }
                long t0 = System.nanoTime();
                int droppedRows = rows.apply(change, mapping, mapping == null ? size : mapping.length);
                updateStatus();
                rowsListeners.forEach(l -> l.accept(droppedRows));
                lastApplyNanos = System.nanoTime() - t0;
            });
        });
    }

    /** The filtered rows after {@code change}: kept lines shifted by what was dropped, new lines filtered. */
    private int[] extend(int[] mapping, LogLines.Change change, int size) {
        int lo = RowList.countBelow(mapping, change.dropped());
        int hi = RowList.countBelow(mapping, change.dropped() + change.kept());
        int[] fresh = queries().filter(workerFilter, change.kept(), size, () -> false);
        int[] out = new int[hi - lo + fresh.length];
        for (int i = lo; i < hi; i++) {
            out[i - lo] = mapping[i] - change.dropped();
        }
        System.arraycopy(fresh, 0, out, hi - lo, fresh.length);
        return out;
    }

    private void applyFilter() {
        if (regex.get()) {
            try {
                Pattern.compile(filterText.get());
            } catch (PatternSyntaxException e) {
                status.set("bad regex: " + e.getDescription());
                return;
            }
        }
        long generation = filterGeneration.incrementAndGet();
        LineQueries.Filter f = new LineQueries.Filter(source.get(), minLevel.get(), filterText.get(), regex.get());
        if (!f.isEmpty()) {
            status.set("filtering " + lines.size() + " lines…");
        }
        worker.execute(() -> {
            int[] matching = f.isEmpty() ? null : queries().filter(f, () -> filterGeneration.get() != generation);
            if (!f.isEmpty() && matching == null) {
                return; // cancelled: a newer filter follows
            }
            workerFilter = f;
            workerMapping = matching;
            workerGeneration = generation;
            int size = lines.size();
            Platform.runLater(() -> {
                if (filterGeneration.get() == generation) {
                    if (matching == null) {
                        rows.showAll(size);
                    } else {
                        rows.showFiltered(matching);
                    }
                    updateStatus();
                    rowsListeners.forEach(l -> l.accept(0));
                }
            });
        });
    }

    private void updateStatus() {
        int total = lines.size();
        String text = rows.size() == total ? String.format("%,d lines", total)
                : String.format("%,d of %,d lines", rows.size(), total);
        if (lines instanceof LiveLines live && live.dropped() > 0) {
            text += String.format(" (last %,d kept; %,d older not shown)", live.capacity(), live.dropped());
        }
        status.set(text);
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
