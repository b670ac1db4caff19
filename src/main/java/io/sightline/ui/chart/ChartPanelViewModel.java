package io.sightline.ui.chart;

import io.sightline.chart.ChartLayout.PanelSpec;
import io.sightline.chart.PanelKind;
import io.sightline.chart.PlotSeries;
import io.sightline.chart.SeriesSelection;
import io.sightline.chart.SeriesStyle;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One panel of the stack: which series it shows (the agreed metrics of its kind, plus any the user dragged in),
 * which of them are hidden, and its share of the height. {@link #versionProperty()} ticks on every change, so
 * the view knows to repaint.
 */
public final class ChartPanelViewModel {
    private final PanelKind kind;
    private final String title;
    private final Set<String> explicit = new LinkedHashSet<>();
    private final Set<String> hidden = new LinkedHashSet<>();
    private final ObservableList<PlotSeries> series = FXCollections.observableArrayList();
    private final ObservableList<PlotSeries> readOnlySeries = FXCollections.unmodifiableObservableList(series);
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    private double weight;

    ChartPanelViewModel(PanelSpec spec) {
        this.kind = spec.kind();
        this.title = spec.title();
        this.explicit.addAll(spec.series());
        this.hidden.addAll(spec.hidden());
        this.weight = spec.weight();
    }

    public PanelKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public ObservableList<PlotSeries> series() {
        return readOnlySeries;
    }

    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public double weight() {
        return weight;
    }

    void setWeight(double weight) {
        this.weight = weight;
    }

    /** True when this panel shows series {@code id}: a metric of its kind, or one the user added. */
    public boolean accepts(SeriesId id) {
        return kind.matches(id) || explicit.contains(id.toString());
    }

    public boolean shows(SeriesId id) {
        return series.stream().anyMatch(p -> p.id().equals(id));
    }

    /** Adds {@code s} if this panel accepts it and does not show it yet; returns whether it was added. */
    boolean attach(Series s) {
        return attach(s, false);
    }

    /**
     * As {@link #attach(Series)}; with {@code onlyIfExplicit} the series is added only when the user put it here
     * (used for series another source already covers).
     */
    boolean attach(Series s, boolean onlyIfExplicit) {
        boolean wanted = onlyIfExplicit ? explicit.contains(s.id().toString()) : accepts(s.id());
        if (!wanted || shows(s.id())) {
            return false;
        }
        List<PlotSeries> all = new ArrayList<>(series);
        all.add(plot(s, false));
        boolean manyTargets = all.stream().map(p -> p.id().target()).distinct().count() > 1;
        List<PlotSeries> labelled = new ArrayList<>();
        for (PlotSeries p : all) {
            boolean named = p.label().endsWith(" · " + p.id().target());
            labelled.add(named == manyTargets ? p : plot(p.series(), manyTargets));
        }
        labelled.sort(Comparator.comparing(PlotSeries::id, SeriesSelection.order(kind)));
        series.setAll(labelled);
        changed();
        return true;
    }

    /** A series as this panel draws it; named with its target once the panel shows more than one target. */
    private PlotSeries plot(Series s, boolean withTarget) {
        String label = SeriesSelection.label(s.id(), withTarget);
        int ordinal = (int) series.stream().filter(p -> !p.id().equals(s.id())).count();
        PlotSeries p = new PlotSeries(s, label, SeriesStyle.forMetric(s.id().metric(), ordinal));
        p.setVisible(!hidden.contains(s.id().toString()));
        return p;
    }

    /** Remembers {@code id} as added by the user (so the saved layout brings it back). */
    void addExplicit(SeriesId id) {
        explicit.add(id.toString());
    }

    void toggle(SeriesId id) {
        for (PlotSeries p : series) {
            if (p.id().equals(id)) {
                p.setVisible(!p.isVisible());
                if (p.isVisible()) {
                    hidden.remove(id.toString());
                } else {
                    hidden.add(id.toString());
                }
                changed();
            }
        }
    }

    private void changed() {
        version.set(version.get() + 1);
    }

    PanelSpec spec() {
        return new PanelSpec(kind, title, List.copyOf(explicit), List.copyOf(hidden), weight);
    }
}
