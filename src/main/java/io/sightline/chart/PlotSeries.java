package io.sightline.chart;

import io.sightline.series.DecimatedColumns;
import io.sightline.series.Decimator;
import io.sightline.series.Metrics;
import io.sightline.series.MinMaxPyramid;
import io.sightline.series.Provisional;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.Unit;

/**
 * One series as a panel draws it: the live {@link Series}, its decimation pyramid and reusable column buffer,
 * its label and style, and whether the user hid it. Used on one thread (the one painting).
 */
public final class PlotSeries {
    private static final java.util.Map<String, String> NAMES = java.util.Map.of(
            Metrics.HTTP_5XX_RATE, "5xx", Metrics.HTTP_4XX_RATE, "4xx", Metrics.EXCEPTION_RATE, "exceptions",
            Metrics.POOL_TIMEOUT_RATE, "pool timeouts", Metrics.REQUEST_RATE, "requests",
            Metrics.HEAP_USED, "heap used", Metrics.HEAP_COMMITTED, "heap committed", Metrics.GC_SHARE, "GC share",
            Metrics.THREADS_LIVE, "threads", Metrics.CPU_PROCESS, "CPU");
    private final Series series;
    private final String label;
    private final SeriesStyle style;
    private final MinMaxPyramid pyramid = new MinMaxPyramid();
    private final DecimatedColumns columns = new DecimatedColumns();
    private Provisional provisional = Provisional.NONE;
    private long lastFinalTime;
    private double lastFinalValue = Double.NaN;
    private boolean visible = true;

    public PlotSeries(Series series, String label, SeriesStyle style) {
        this.series = series;
        this.label = label;
        this.style = style;
    }

    public SeriesId id() {
        return series.id();
    }

    public Series series() {
        return series;
    }

    public Unit unit() {
        return series.unit();
    }

    public String label() {
        return label;
    }

    public SeriesStyle style() {
        return style;
    }

    public boolean isVisible() {
        return visible;
    }

    public void setVisible(boolean visible) {
        this.visible = visible;
    }

    /**
     * Decimates the series' current snapshot over {@code range} into {@code width} columns, and keeps that
     * snapshot's provisional tail (never decimated: it is a minute of buckets, and it changes as a whole).
     */
    public DecimatedColumns decimate(TimeRange range, int width) {
        Series.Snapshot snap = series.snapshot();
        Decimator.decimate(snap, pyramid, range.from(), range.to(), width, columns);
        provisional = snap.provisional();
        lastFinalTime = snap.isEmpty() ? 0 : snap.lastTime();
        lastFinalValue = snap.isEmpty() ? Double.NaN : snap.lastValue();
        return columns;
    }

    /** Time of the newest final sample at the last {@link #decimate} (where the provisional line starts). */
    long lastFinalTime() {
        return lastFinalTime;
    }

    /** Value of that sample; NaN when there is none or the series was in a gap. */
    double lastFinalValue() {
        return lastFinalValue;
    }

    /** The provisional tail taken with the last {@link #decimate}: drawn after the final line, marked as such. */
    public Provisional provisional() {
        return provisional;
    }

    /** The columns of the last {@link #decimate}. */
    public DecimatedColumns columns() {
        return columns;
    }

    /**
     * The value shown at instant {@code t}: the last sample at or before it, {@code NaN} when there is none or
     * the series was in a gap then.
     */
    public double valueAt(long t) {
        return readingAt(t).value();
    }

    /** As {@link #valueAt}, final or provisional (an open log bucket whose value may still change). */
    public Reading readingAt(long t) {
        Series.Snapshot s = series.snapshot().withProvisional();
        int i = s.floorIndex(t);
        return i < 0 ? new Reading(Double.NaN, false) : new Reading(s.value(i), s.isProvisional(i));
    }

    /** A value at an instant and whether it is provisional. */
    public record Reading(double value, boolean provisional) {
        /** The value with its unit, marked "(provisional)" when it may still change. */
        public String text(Unit unit) {
            String v = Ticks.withUnit(value, unit);
            return provisional ? v + " (provisional)" : v;
        }
    }

    // a charted MBean attribute (source.jmx.AttributeWatch: the chart layer does not depend on the sources)
    private static final String MBEAN_PREFIX = "mbean.";
    private static final String MBEAN_LABEL = "mbean";

    /** {@code java.lang:name=G1 Old Gen;type=MemoryPool} reads as "G1 Old Gen", {@code java.lang:type=Memory} as "Memory". */
    static String shortMBean(String mbean) {
        String name = null;
        String type = null;
        for (String pair : mbean.substring(mbean.indexOf(':') + 1).split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.startsWith("name=")) {
                name = pair.substring(eq + 1);
            } else if (eq > 0 && pair.startsWith("type=")) {
                type = pair.substring(eq + 1);
            }
        }
        return name != null ? name : type != null ? type : mbean;
    }

    /** Short label for a series id: a readable metric name, plus its label values. */
    public static String defaultLabel(SeriesId id) {
        if (id.metric().startsWith(MBEAN_PREFIX) && id.label(MBEAN_LABEL) != null) {
            return id.metric().substring(MBEAN_PREFIX.length()) + " (" + shortMBean(id.label(MBEAN_LABEL)) + ")";
        }
        String metric = NAMES.getOrDefault(id.metric(), id.metric());
        int dot = metric.indexOf('.');
        String shortName = dot > 0 && (metric.startsWith("hikari.") || metric.startsWith("jvm.")
                || metric.startsWith("latency.")) ? metric.substring(dot + 1) : metric;
        if (id.labels().isEmpty()) {
            return shortName;
        }
        return shortName + " (" + String.join(",", id.labels().values()) + ")";
    }
}
