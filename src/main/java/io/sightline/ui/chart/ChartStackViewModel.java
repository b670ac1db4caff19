package io.sightline.ui.chart;

import io.sightline.chart.ChartLayout;
import io.sightline.chart.ChartLayout.PanelSpec;
import io.sightline.chart.PanelFrame;
import io.sightline.chart.PanelKind;
import io.sightline.chart.PlotSeries;
import io.sightline.chart.RangePreset;
import io.sightline.chart.Readout;
import io.sightline.chart.SeriesSelection;
import io.sightline.chart.TimeRange;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.workspace.Workspace;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The state of a chart stack and the commands that change it, with no scene graph: one shared
 * {@link TimeRange} for every panel, follow-live, the crosshair (hovered or locked), and the panels. Series
 * created by any source join matching panels on the next {@link #tick}: the store's listener only raises a
 * flag, so pollers never touch this object. Properties are read-only; every change goes through a command.
 * Used on one thread (the FX thread in the GUI, the test thread in unit tests).
 */
public final class ChartStackViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ChartStackViewModel.class);
    private static final long DEFAULT_SPAN = RangePreset.M5.span().toMillis();

    private final SeriesStore store;
    private final Workspace workspace;
    private final Clock clock;
    private final AtomicBoolean newSeries = new AtomicBoolean(true);
    private final ObservableList<ChartPanelViewModel> panels = FXCollections.observableArrayList();
    /** One wrapper for the life of the model: listeners on a throw-away wrapper would be collected with it. */
    private final ObservableList<ChartPanelViewModel> readOnlyPanels = FXCollections.unmodifiableObservableList(panels);
    private final ReadOnlyObjectWrapper<TimeRange> range = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RangePreset> preset = new ReadOnlyObjectWrapper<>(RangePreset.M5);
    private final ReadOnlyBooleanWrapper followLive = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyLongWrapper crosshair = new ReadOnlyLongWrapper(PanelFrame.NO_CROSSHAIR);
    private final ReadOnlyBooleanWrapper crosshairLocked = new ReadOnlyBooleanWrapper();
    /** Width of the panels' plots in pixels, as last reported by {@link #tick}; 0 until then. */
    private int plotWidth;

    /** {@code workspace} may be null: then the layout is neither restored nor saved. */
    public ChartStackViewModel(SeriesStore store, Workspace workspace, Clock clock) {
        this(store, workspace, clock, null);
    }

    /** Starts from {@code initial} instead of the saved or default layout (replay views, benchmarks). */
    public ChartStackViewModel(SeriesStore store, Workspace workspace, Clock clock, ChartLayout initial) {
        this.store = store;
        this.workspace = workspace;
        this.clock = clock;
        store.onNewSeries(s -> newSeries.set(true));
        ChartLayout layout = initial != null ? initial
                : restoreLayout().orElseGet(ChartStackViewModel::defaultLayout);
        layout.panels().forEach(spec -> panels.add(new ChartPanelViewModel(spec)));
        preset.set(RangePreset.byLabel(layout.preset()));
        followLive.set(layout.followLive());
        range.set(liveRange());
        attachNewSeries();
    }

    public static ChartLayout defaultLayout() {
        List<PanelSpec> specs = new ArrayList<>();
        for (PanelKind k : PanelKind.defaults()) {
            // The pool panel is the one responders read first: give it more height than the others.
            specs.add(new PanelSpec(k, k.title(), List.of(), List.of(), k == PanelKind.POOL ? 1.6 : 1));
        }
        return new ChartLayout(ChartLayout.VERSION, specs, RangePreset.M5.label(), true);
    }

    // ---- read-only state -------------------------------------------------------------------------------

    public ObservableList<ChartPanelViewModel> panels() {
        return readOnlyPanels;
    }

    public ReadOnlyObjectProperty<TimeRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    public TimeRange range() {
        return range.get();
    }

    public ReadOnlyObjectProperty<RangePreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty followLiveProperty() {
        return followLive.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty crosshairProperty() {
        return crosshair.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty crosshairLockedProperty() {
        return crosshairLocked.getReadOnlyProperty();
    }

    public SeriesStore store() {
        return store;
    }

    /** Every visible series' value at the crosshair, panel by panel; empty when there is no crosshair. */
    public List<Readout> readout() {
        long t = crosshair.get();
        List<Readout> out = new ArrayList<>();
        if (t == PanelFrame.NO_CROSSHAIR) {
            return out;
        }
        for (ChartPanelViewModel p : panels) {
            for (PlotSeries s : p.series()) {
                if (s.isVisible()) {
                    out.add(Readout.of(p.title(), s, t));
                }
            }
        }
        return out;
    }

    // ---- commands: time range ----------------------------------------------------------------------

    /**
     * Called once per pulse: joins new series to their panels and, when following live, slides the range to
     * now once it has moved by at least one of {@code plotWidth} pixels. Returns whether anything changed.
     */
    public boolean tick(int plotWidth) {
        boolean changed = attachNewSeries();
        this.plotWidth = Math.max(0, plotWidth);
        if (followLive.get()) {
            TimeRange live = liveRange();
            if (!live.equals(range.get())) {
                range.set(live);
                changed = true;
            }
        }
        return changed;
    }

    public void choosePreset(RangePreset p) {
        preset.set(p);
        followLive.set(true);
        range.set(liveRange());
        saveLayout();
    }

    public void setFollowLive(boolean follow) {
        followLive.set(follow);
        if (follow) {
            range.set(liveRange());
        }
        saveLayout();
    }

    /** Wheel zoom: {@code factor} &lt; 1 zooms in, keeping {@code anchor} under the mouse. */
    public void zoom(long anchor, double factor) {
        manual(range.get().zoom(anchor, factor));
    }

    /** Box zoom: shows exactly the instants between {@code a} and {@code b}. */
    public void zoomTo(long a, long b) {
        manual(TimeRange.between(a, b));
    }

    public void pan(long deltaMillis) {
        manual(range.get().pan(deltaMillis));
    }

    /** Back to the preset's live view. */
    public void reset() {
        choosePreset(preset.get());
    }

    private void manual(TimeRange r) {
        followLive.set(false);
        range.set(r);
    }

    /**
     * The preset's span up to and including now. Once the plot width is known the live range moves in whole
     * pixel columns (an integral number of milliseconds each, the span rounded up to a whole number of them),
     * so a column keeps the same samples from frame to frame: noisy data does not shimmer as time passes, and
     * the range changes (and the stack repaints) only when time has moved by a pixel.
     */
    private TimeRange liveRange() {
        long now = clock.millis() + 1; // ranges exclude their end
        long span;
        if (preset.get().span() != null) {
            span = preset.get().span().toMillis();
        } else {
            long oldest = oldestSample().orElse(now - DEFAULT_SPAN);
            span = Math.max(TimeRange.MIN_SPAN_MILLIS, now - oldest);
        }
        if (plotWidth <= 0) {
            return TimeRange.ending(now, span);
        }
        long column = Math.max(1, -Math.floorDiv(-span, plotWidth));
        long to = -Math.floorDiv(-now, column) * column;
        return TimeRange.ending(to, column * plotWidth);
    }

    private Optional<Long> oldestSample() {
        long oldest = Long.MAX_VALUE;
        for (ChartPanelViewModel p : panels) {
            for (PlotSeries s : p.series()) {
                Series.Snapshot snap = s.series().snapshot();
                if (!snap.isEmpty()) {
                    oldest = Math.min(oldest, snap.firstTime());
                }
            }
        }
        return oldest == Long.MAX_VALUE ? Optional.empty() : Optional.of(oldest);
    }

    // ---- commands: crosshair ---------------------------------------------------------------------------

    /** The mouse is over instant {@code t} of some panel; ignored while the crosshair is locked. */
    public void hover(long t) {
        if (!crosshairLocked.get()) {
            crosshair.set(t);
        }
    }

    /** The mouse left the plots: the crosshair goes away unless locked. */
    public void leave() {
        if (!crosshairLocked.get()) {
            crosshair.set(PanelFrame.NO_CROSSHAIR);
        }
    }

    /**
     * A responder's note at instant {@code t}: an event drawn as a marker on every panel and recorded with the
     * capture (the postmortem's timeline reads it). Blank text is ignored.
     */
    public void annotate(long t, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        store.events().add(new io.sightline.series.Event(t, "user", io.sightline.series.EventKinds.ANNOTATION,
                io.sightline.series.Severity.INFO, text.strip(), java.util.Map.of()));
    }

    /** A click locks the crosshair at {@code t}; the next click unlocks it (and it follows the mouse again). */
    public void click(long t) {
        if (crosshairLocked.get()) {
            crosshairLocked.set(false);
            crosshair.set(t);
        } else {
            crosshair.set(t);
            crosshairLocked.set(true);
        }
    }

    /**
     * Pins the crosshair at {@code t} from elsewhere (a selected log line), zooming out if {@code t} is not in
     * view, so every panel's readout shows that instant.
     */
    public void pinCrosshair(long t) {
        TimeRange r = range();
        if (t < r.from() || t > r.to()) {
            setFollowLive(false);
            long half = Math.max(1, (r.to() - r.from()) / 2);
            zoomTo(t - half, t + half);
        }
        crosshair.set(t);
        crosshairLocked.set(true);
    }

    // ---- commands: panels and series -------------------------------------------------------------------

    public ChartPanelViewModel addPanel(PanelKind kind) {
        ChartPanelViewModel p = new ChartPanelViewModel(new PanelSpec(kind, kind.title(), List.of(), List.of(), 1));
        panels.add(p);
        store.all().stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(p::attach);
        saveLayout();
        return p;
    }

    public void removePanel(ChartPanelViewModel p) {
        if (panels.remove(p)) {
            saveLayout();
        }
    }

    /** Moves a panel up ({@code delta < 0}) or down. */
    public void movePanel(ChartPanelViewModel p, int delta) {
        int from = panels.indexOf(p);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= panels.size()) {
            return;
        }
        panels.remove(from);
        panels.add(to, p);
        saveLayout();
    }

    /**
     * Adds series {@code id} to {@code panel} (what dropping a dragged series does). The id is remembered in
     * the layout, so a series that does not exist yet joins the panel when its source creates it.
     */
    public void addSeries(ChartPanelViewModel panel, SeriesId id) {
        panel.addExplicit(id);
        store.find(id).ifPresent(panel::attach);
        saveLayout();
    }

    /** Hides a visible series, shows a hidden one (a legend click). */
    public void toggleSeries(ChartPanelViewModel panel, SeriesId id) {
        panel.toggle(id);
        saveLayout();
    }

    /** New shares of the stack's height, top to bottom (after the user dragged a divider). */
    public void setWeights(double[] weights) {
        for (int i = 0; i < weights.length && i < panels.size(); i++) {
            panels.get(i).setWeight(weights[i]);
        }
        saveLayout();
    }

    private boolean attachNewSeries() {
        if (!newSeries.getAndSet(false)) {
            return false;
        }
        boolean any = false;
        List<Series> all = new ArrayList<>(store.all());
        all.sort((a, b) -> a.id().compareTo(b.id()));
        Set<String> jmxPools = SeriesSelection.jmxPools(all);
        for (Series s : all) {
            boolean covered = SeriesSelection.coveredByJmx(s.id(), jmxPools);
            for (ChartPanelViewModel p : panels) {
                any |= p.attach(s, covered);
            }
        }
        return any;
    }

    // ---- layout persistence -------------------------------------------------------------------------

    public ChartLayout layout() {
        return new ChartLayout(ChartLayout.VERSION, panels.stream().map(ChartPanelViewModel::spec).toList(),
                preset.get().label(), followLive.get());
    }

    public void saveLayout() {
        if (workspace == null) {
            return;
        }
        try {
            workspace.write(ChartLayout.FILE, layout());
        } catch (RuntimeException e) {
            LOG.warn("chart layout not saved: {}", e.getMessage());
        }
    }

    private Optional<ChartLayout> restoreLayout() {
        if (workspace == null) {
            return Optional.empty();
        }
        try {
            return workspace.read(ChartLayout.FILE, ChartLayout.class).filter(l -> !l.panels().isEmpty());
        } catch (RuntimeException e) {
            LOG.warn("saved chart layout ignored, using the default panels: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
