package io.sightline.ui;

import io.sightline.capture.CaptureWriter;
import io.sightline.series.PoolReading;
import io.sightline.series.SeriesStore;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * State of the main window's frame: incident clock, recording indicator, status line, pool tiles. All
 * properties are touched on the FX thread only; {@link #refresh()} is called once a second by the view and reads
 * the store's latest values, which is cheap (no I/O, no locks).
 */
public final class MainViewModel {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SeriesStore store;
    private final Clock clock;
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper incidentTitle = new ReadOnlyStringWrapper("No incident open");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper recordingText = new ReadOnlyStringWrapper("○ not recording");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(Theme.DARK);
    private final ObjectProperty<Instant> incidentStart = new SimpleObjectProperty<>();
    private final ObservableList<PoolReading> pools = FXCollections.observableArrayList();
    private Supplier<Optional<CaptureWriter>> recordingSource = Optional::empty;
    /**
     * One read-only view, kept: an unmodifiable wrapper forwards changes through a weak listener, so a wrapper made
     * per call is garbage collected with the listeners added to it and the tiles silently stop updating.
     */
    private final ObservableList<PoolReading> readOnlyPools = FXCollections.unmodifiableObservableList(pools);

    public MainViewModel(SeriesStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        refresh();
    }

    /** Re-reads the clock and the latest pool numbers. */
    public void refresh() {
        Instant now = clock.instant();
        String local = CLOCK.format(now.atZone(clock.getZone()));
        Instant start = incidentStart.get();
        clockText.set(start == null ? local : local + "  T+" + elapsed(Duration.between(start, now)));
        Optional<CaptureWriter> writer = recordingSource.get();
        setRecording(writer.isPresent() && writer.get().failure() == null, writer.map(CaptureWriter::sizeBytes).orElse(0L));
        List<PoolReading> latest = PoolReading.latest(store);
        if (!latest.equals(pools)) {
            pools.setAll(latest);
        }
    }

    static String elapsed(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60);
    }

    /** Opens an incident: the clock counts from {@code start}. */
    public void openIncident(String title, Instant start) {
        incidentTitle.set(title);
        incidentStart.set(start);
        refresh();
    }

    /** Where the recording indicator reads the capture being written, if any; polled once a second. */
    public void watchRecording(Supplier<Optional<CaptureWriter>> source) {
        this.recordingSource = source;
        refresh();
    }

    public void setStatus(String text) {
        status.set(text);
    }

    /** Shows whether a capture is being written and how large it is. */
    public void setRecording(boolean on, long bytes) {
        recording.set(on);
        recordingText.set(on ? "● REC " + humanBytes(bytes) : "○ not recording");
    }

    static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KiB", bytes / 1024.0);
        }
        return String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty incidentTitleProperty() {
        return incidentTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recordingTextProperty() {
        return recordingText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public boolean incidentOpen() {
        return incidentStart.get() != null;
    }

    public ObservableList<PoolReading> pools() {
        return readOnlyPools;
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
