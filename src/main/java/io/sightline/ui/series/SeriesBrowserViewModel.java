package io.sightline.ui.series;

import io.sightline.chart.PanelKind;
import io.sightline.chart.PlotSeries;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.source.jmx.AttributeWatch;
import io.sightline.source.jmx.TargetRegistry;
import io.sightline.ui.chart.ChartPanelViewModel;
import io.sightline.ui.chart.ChartStackViewModel;
import io.sightline.ui.CoalescedTask;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * Every series the session holds, grouped by where it comes from ({@code jmx · shop-service}, {@code log · access}),
 * filtered by what the user types, with the commands that put one into a chart panel. Sources create series on
 * their own threads; the store's listener only raises a flag and asks for one rebuild on the FX thread, so a burst
 * of new series costs one refresh.
 */
public final class SeriesBrowserViewModel {
    /** One series as the browser lists it. */
    public record Entry(SeriesId id, String label, String unit) {
    }

    /** Entries of one source and target, in label order. */
    public record Group(String title, List<Entry> entries) {
    }

    private final SeriesStore store;
    private final ChartStackViewModel charts;
    private final TargetRegistry targets;
    private final Executor fx;
    private final CoalescedTask refreshLater;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<List<Group>> groups = new ReadOnlyObjectWrapper<>(List.of());

    /**
     * @param targets the session's JMX targets, to stop polling a charted attribute; null when there are none
     * @param fx      the FX thread ({@code Platform::runLater}); tests pass a direct executor
     */
    public SeriesBrowserViewModel(SeriesStore store, ChartStackViewModel charts, TargetRegistry targets, Executor fx) {
        this.store = store;
        this.charts = charts;
        this.targets = targets;
        this.fx = fx;
        this.refreshLater = new CoalescedTask(fx, this::refresh);
        store.onNewSeries(s -> requestRefresh());
        filter.addListener((o, was, now) -> refresh());
        refresh();
    }

    /** What the user typed: every word must appear in the series' id or label (case ignored). */
    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<List<Group>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    public List<Group> groups() {
        return groups.get();
    }

    /** The panels a series can be added to, top to bottom. */
    public List<ChartPanelViewModel> panels() {
        return List.copyOf(charts.panels());
    }

    public void addTo(ChartPanelViewModel panel, SeriesId id) {
        charts.addSeries(panel, id);
    }

    /** Puts the series in a new panel of its own, at the bottom of the stack. */
    public void addToNewPanel(SeriesId id) {
        charts.addSeries(charts.addPanel(PanelKind.CUSTOM), id);
    }

    /** The charted MBean attribute behind a series, when it is one (it can then stop being polled). */
    public Optional<AttributeWatch> watchOf(SeriesId id) {
        return targets == null ? Optional.empty() : AttributeWatch.fromSeries(id)
                .filter(w -> targets.watches(id.target()).contains(w));
    }

    public void stopPolling(SeriesId id) {
        watchOf(id).ifPresent(w -> targets.unwatch(id.target(), w));
        refresh();
    }

    private void requestRefresh() {
        refreshLater.request();
    }

    /** Rebuilds the groups from the store; FX thread. */
    public void refresh() {
        String[] words = filter.get() == null ? new String[0]
                : filter.get().toLowerCase(Locale.ROOT).trim().split("\\s+");
        Map<String, List<Entry>> byGroup = new TreeMap<>();
        for (Series s : store.all()) {
            Entry e = new Entry(s.id(), PlotSeries.defaultLabel(s.id()), s.unit().symbol());
            if (matches(e, words)) {
                byGroup.computeIfAbsent(s.id().source() + " · " + s.id().target(), g -> new ArrayList<>()).add(e);
            }
        }
        List<Group> out = new ArrayList<>();
        byGroup.forEach((title, entries) -> {
            entries.sort(Comparator.comparing(Entry::label, String.CASE_INSENSITIVE_ORDER).thenComparing(Entry::id));
            out.add(new Group(title, List.copyOf(entries)));
        });
        if (!out.equals(groups.get())) {
            groups.set(List.copyOf(out));
        }
    }

    private static boolean matches(Entry e, String[] words) {
        String text = (e.id() + " " + e.label()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!w.isEmpty() && !text.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
