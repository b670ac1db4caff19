package io.sightline.chart;

import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which stored series a standard panel shows, in which order and under which legend name: one rule for the GUI's
 * chart stack and for the PNG charts of the headless postmortem, so a report never shows what the screen hid.
 */
public final class SeriesSelection {
    private SeriesSelection() {
    }

    /** The names of the pools polled over JMX among {@code all}. */
    public static Set<String> jmxPools(Collection<Series> all) {
        Set<String> pools = new HashSet<>();
        for (Series s : all) {
            String pool = s.id().label(Metrics.LABEL_POOL);
            if (s.id().source().equals(Metrics.SOURCE_JMX) && pool != null) {
                pools.add(pool);
            }
        }
        return pools;
    }

    /**
     * Pool numbers parsed from log lines (HikariCP's timeout message) stand in for JMX when a pool is not polled;
     * when it is, the polled series are the better picture and the log copy would only double the legend.
     */
    public static boolean coveredByJmx(SeriesId id, Set<String> jmxPools) {
        return id.source().equals(Metrics.SOURCE_LOG) && id.metric().startsWith("hikari.")
                && jmxPools.contains(id.label(Metrics.LABEL_POOL));
    }

    /** The series a panel of {@code kind} shows on its own out of {@code all}, in {@link #order panel order}. */
    public static List<Series> forPanel(PanelKind kind, Collection<Series> all) {
        Set<String> jmxPools = jmxPools(all);
        List<Series> out = new ArrayList<>();
        for (Series s : all) {
            if (kind.matches(s.id()) && !coveredByJmx(s.id(), jmxPools)) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparing(Series::id, order(kind)));
        return out;
    }

    /** The panel's metrics in their agreed order (max and waiting after the gauges), then by id. */
    public static Comparator<SeriesId> order(PanelKind kind) {
        return Comparator.comparingInt((SeriesId id) -> {
            int i = kind.metrics().indexOf(id.metric());
            return i < 0 ? Integer.MAX_VALUE / 2 : i;
        }).thenComparing(Comparator.naturalOrder());
    }

    /** True when the series come from more than one target: legends must then say which target each is. */
    public static boolean manyTargets(Collection<SeriesId> ids) {
        return ids.stream().map(SeriesId::target).distinct().count() > 1;
    }

    /** The legend name: the short metric name and labels, plus the target when several targets share the panel. */
    public static String label(SeriesId id, boolean withTarget) {
        return PlotSeries.defaultLabel(id) + (withTarget ? " · " + id.target() : "");
    }

    /** What a panel of {@code kind} draws from {@code all}: selected, ordered, named and styled as on screen. */
    public static List<PlotSeries> plots(PanelKind kind, Collection<Series> all) {
        List<Series> chosen = forPanel(kind, all);
        boolean named = manyTargets(chosen.stream().map(Series::id).toList());
        List<PlotSeries> out = new ArrayList<>();
        for (Series s : chosen) {
            out.add(new PlotSeries(s, label(s.id(), named), SeriesStyle.forMetric(s.id().metric(), out.size())));
        }
        return out;
    }
}
