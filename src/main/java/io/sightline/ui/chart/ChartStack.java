package io.sightline.ui.chart;

import io.sightline.chart.ChartPainter;
import io.sightline.chart.ChartTheme;
import io.sightline.chart.CsvExporter;
import io.sightline.chart.PanelFrame;
import io.sightline.chart.PlotSeries;
import io.sightline.chart.PngExporter;
import io.sightline.chart.TimeRange;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.workspace.Workspace;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * Pool, latency, error and JVM panels stacked on one shared time axis, with a toolbar. Embed it anywhere (it
 * is a Region); it styles itself from {@code css/charts.css}, dark unless {@link #setLightTheme(boolean)}.
 *
 * <p>Repainting is pull-based: an {@link AnimationTimer} checks once per pulse whether anything the picture
 * depends on changed (series sizes and provisional tails, event count, range, crosshair, layout, size, theme) and repaints all
 * panels only then. Sources just append to their series; nothing here is ever called per sample.
 */
public final class ChartStack extends BorderPane {
    /** Drag-and-drop format of a series id (its text form); plain-text drags of an id are accepted too. */
    public static final DataFormat SERIES_ID_FORMAT = new DataFormat("application/x-sightline-series-id");
    private static final Logger LOG = LoggerFactory.getLogger(ChartStack.class);
    private static final int EXPORT_PANEL_HEIGHT = 240;

    private final ChartStackViewModel vm;
    private final Executor background;
    private final ZoneId zone;
    private final SplitPane split = new SplitPane();
    private final ChartThemeNode themeNode = new ChartThemeNode();
    private final ChartPainter painter = new ChartPainter();
    private final CanvasSurface surface = new CanvasSurface();
    private final List<ChartPanelView> views = new ArrayList<>();
    private final ChartToolbar toolbar;
    private final AnimationTimer timer;
    private ChartTheme theme = ChartTheme.DARK;
    private int themeVersion = -1;
    private long lastSignature;
    private long framesPainted;
    private LongConsumer onFramePainted = nanos -> { };
    private String lastFailure;

    /**
     * @param store      the series and events to show
     * @param workspace  where the layout is saved and restored ({@code layout.json}); null to not persist
     * @param clock      "now" for follow-live
     * @param background runs PNG/CSV exports off the FX thread (e.g. a Lifecycle cached pool)
     */
    public ChartStack(SeriesStore store, Workspace workspace, Clock clock, Executor background) {
        this(new ChartStackViewModel(store, workspace, clock), background, ZoneId.systemDefault());
    }

    public ChartStack(ChartStackViewModel vm, Executor background, ZoneId zone) {
        this.vm = vm;
        this.background = background;
        this.zone = zone;
        getStyleClass().add(ChartStyles.STACK);
        getStylesheets().add(ChartStack.class.getResource(ChartStyles.STYLESHEET).toExternalForm());
        toolbar = new ChartToolbar(vm, zone, this::chooseAndExportPng, this::chooseAndExportCsv);
        split.setOrientation(Orientation.VERTICAL);
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> saveWeightsIfMoved());
        setTop(toolbar);
        setCenter(split);
        getChildren().add(themeNode);
        vm.panels().addListener((ListChangeListener<ChartPanelViewModel>) c -> rebuild());
        rebuild();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        };
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    /**
     * What a series list or tree puts on the dragboard when the user drags series {@code id}: dropping it on a
     * panel adds the series there.
     */
    public static ClipboardContent dragContent(SeriesId id) {
        ClipboardContent content = new ClipboardContent();
        content.put(SERIES_ID_FORMAT, id.toString());
        content.putString(id.toString());
        return content;
    }

    public ChartStackViewModel viewModel() {
        return vm;
    }

    /** Light theme on or off for this stack (it also follows a "light" style class on any ancestor). */
    public void setLightTheme(boolean light) {
        getStyleClass().remove(ChartStyles.LIGHT);
        if (light) {
            getStyleClass().add(ChartStyles.LIGHT);
        }
    }

    /** Called after every repaint with the time it took (FX thread); for benchmarks and diagnostics. */
    public void setOnFramePainted(LongConsumer listener) {
        onFramePainted = listener == null ? nanos -> { } : listener;
    }

    public long framesPainted() {
        return framesPainted;
    }

    /** Forces a repaint on the next pulse even if nothing changed. */
    public void requestRepaint() {
        lastSignature = 0;
    }

    /** The panels' views, top to bottom (package-private for tests). */
    List<ChartPanelView> panelViews() {
        return List.copyOf(views);
    }

    ChartToolbar toolbar() {
        return toolbar;
    }

    /** One pulse: let the model follow live and pick up new series, then repaint if the picture changed. */
    void pulse() {
        try {
            vm.tick(views.isEmpty() ? 1 : views.get(0).plotWidth());
            long signature = signature();
            if (signature != lastSignature) {
                lastSignature = signature;
                repaint();
            }
        } catch (RuntimeException e) {
            // A bad sample or bug must not take the whole window down; say it once, keep pulsing.
            if (!String.valueOf(e).equals(lastFailure)) {
                lastFailure = String.valueOf(e);
                LOG.error("chart repaint failed", e);
            }
        }
    }

    private int markerEventCount = -1;
    private TimeRange markerRange;
    private List<Event> markerCache = List.of();

    private void repaint() {
        long start = System.nanoTime();
        if (themeVersion != themeNode.version()) {
            themeVersion = themeNode.version();
            theme = themeNode.theme();
        }
        TimeRange range = vm.range();
        List<Event> events = markers(range);
        for (int i = 0; i < views.size(); i++) {
            ChartPanelView v = views.get(i);
            if (v.canvas().getWidth() >= 1 && v.canvas().getHeight() >= 1) {
                v.paint(painter, surface, theme, frame(v.panel(), events, i == 0, v.panel().series()));
            }
        }
        framesPainted++;
        onFramePainted.accept(System.nanoTime() - start);
    }

    /**
     * The marker events in {@code range}, re-read only when the event log or the range changed: the log can hold
     * thousands of typed log events a minute, which are not markers (see {@link EventKinds#isChartMarker}).
     */
    private List<Event> markers(TimeRange range) {
        int size = vm.store().events().size();
        if (size != markerEventCount || !range.equals(markerRange)) {
            markerEventCount = size;
            markerRange = range;
            markerCache = vm.store().events().between(range.from(), range.to()).stream()
                    .filter(e -> EventKinds.isChartMarker(e.kind())).toList();
        }
        return markerCache;
    }

    private PanelFrame frame(ChartPanelViewModel p, List<Event> events, boolean top, List<PlotSeries> series) {
        return new PanelFrame(p.title(), series, events, vm.range(), vm.crosshairProperty().get(),
                vm.crosshairLockedProperty().get(), top, zone);
    }

    /** A fingerprint of everything the picture depends on; cheap (no series data is read). */
    private long signature() {
        long h = 17;
        TimeRange r = vm.range();
        h = h * 31 + r.from();
        h = h * 31 + r.to();
        h = h * 31 + vm.crosshairProperty().get();
        h = h * 31 + (vm.crosshairLockedProperty().get() ? 1 : 2);
        h = h * 31 + vm.store().events().size();
        h = h * 31 + themeNode.version();
        for (ChartPanelView v : views) {
            h = h * 31 + System.identityHashCode(v);
            h = h * 31 + v.panel().versionProperty().get();
            h = h * 31 + (long) v.canvas().getWidth() * 8191 + (long) v.canvas().getHeight();
            for (PlotSeries s : v.panel().series()) {
                io.sightline.series.Series.Snapshot snap = s.series().snapshot();
                h = h * 31 + snap.firstIndex() + snap.size();
                h = h * 31 + snap.provisional().version(); // open log buckets change without any new final sample
            }
        }
        return h == 0 ? 1 : h;
    }

    private void rebuild() {
        Map<ChartPanelViewModel, ChartPanelView> existing = new HashMap<>();
        views.forEach(v -> existing.put(v.panel(), v));
        views.clear();
        for (ChartPanelViewModel p : vm.panels()) {
            views.add(existing.computeIfAbsent(p, k -> new ChartPanelView(vm, k)));
        }
        split.getItems().setAll(views);
        double total = vm.panels().stream().mapToDouble(ChartPanelViewModel::weight).sum();
        double[] positions = new double[Math.max(0, views.size() - 1)];
        double acc = 0;
        for (int i = 0; i < positions.length; i++) {
            acc += vm.panels().get(i).weight();
            positions[i] = acc / total;
        }
        split.setDividerPositions(positions);
        lastSignature = 0;
    }

    private void saveWeightsIfMoved() {
        double[] positions = split.getDividerPositions();
        if (positions.length == 0) {
            return;
        }
        double[] weights = new double[views.size()];
        double previous = 0;
        boolean moved = false;
        double total = vm.panels().stream().mapToDouble(ChartPanelViewModel::weight).sum();
        for (int i = 0; i < weights.length; i++) {
            double end = i < positions.length ? positions[i] : 1;
            weights[i] = Math.max(0.05, (end - previous) * views.size());
            moved |= Math.abs(weights[i] / views.size() - vm.panels().get(i).weight() / total) > 0.005;
            previous = end;
        }
        if (moved) {
            vm.setWeights(weights);
        }
    }

    // ---- export -------------------------------------------------------------------------------------

    /** Writes the visible panels as one PNG, painted off the FX thread; call on the FX thread. */
    public CompletableFuture<Path> exportPng(Path file) {
        List<PanelFrame> frames = exportFrames();
        ChartTheme t = theme;
        int width = (int) Math.max(640, getWidth());
        return CompletableFuture.supplyAsync(() -> {
            new PngExporter(t).write(frames, width, EXPORT_PANEL_HEIGHT, file);
            return file;
        }, background);
    }

    /** Writes the visible series' samples in the shown range as CSV, off the FX thread; call on the FX thread. */
    public CompletableFuture<Path> exportCsv(Path file) {
        List<PlotSeries> series = new ArrayList<>();
        exportFrames().forEach(f -> f.series().stream().filter(PlotSeries::isVisible).forEach(series::add));
        TimeRange range = vm.range();
        return CompletableFuture.supplyAsync(() -> {
            CsvExporter.write(series, range, file);
            return file;
        }, background);
    }

    /** Frames over fresh copies of the panels' series, so the export thread shares no buffers with the screen. */
    private List<PanelFrame> exportFrames() {
        TimeRange range = vm.range();
        List<Event> events = markers(range);
        List<PanelFrame> frames = new ArrayList<>();
        for (ChartPanelViewModel p : vm.panels()) {
            List<PlotSeries> copies = new ArrayList<>();
            for (PlotSeries s : p.series()) {
                PlotSeries c = new PlotSeries(s.series(), s.label(), s.style());
                c.setVisible(s.isVisible());
                copies.add(c);
            }
            frames.add(frame(p, events, frames.isEmpty(), copies));
        }
        return frames;
    }

    private void chooseAndExportPng() {
        File f = choose("charts.png", "PNG image", "*.png");
        if (f != null) {
            report(exportPng(f.toPath()));
        }
    }

    private void chooseAndExportCsv() {
        File f = choose("charts.csv", "CSV", "*.csv");
        if (f != null) {
            report(exportCsv(f.toPath()));
        }
    }

    private File choose(String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
    }

    private void report(CompletableFuture<Path> export) {
        export.whenComplete((path, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                LOG.warn("export failed: {}", failure.getMessage());
                toolbar.readout().setText("Export failed: " + failure.getMessage());
            } else {
                toolbar.readout().setText("Saved " + path);
            }
        }));
    }
}
