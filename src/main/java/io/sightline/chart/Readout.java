package io.sightline.chart;

import io.sightline.series.SeriesId;

/** One series' value at the crosshair instant, as the readout shows it. */
public record Readout(String panel, SeriesId id, String label, double value, String text) {
    public static Readout of(String panel, PlotSeries p, long t) {
        double v = p.valueAt(t);
        return new Readout(panel, p.id(), p.label(), v, Ticks.withUnit(v, p.unit()));
    }
}
