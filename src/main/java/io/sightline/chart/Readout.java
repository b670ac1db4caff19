package io.sightline.chart;

import io.sightline.series.SeriesId;

/**
 * One series' value at the crosshair instant, as the readout shows it; {@code provisional} when it comes from an
 * open log bucket (the text then says so: "412 ms (provisional)").
 */
public record Readout(String panel, SeriesId id, String label, double value, boolean provisional, String text) {
    public static Readout of(String panel, PlotSeries p, long t) {
        PlotSeries.Reading r = p.readingAt(t);
        return new Readout(panel, p.id(), p.label(), r.value(), r.provisional(), r.text(p.unit()));
    }
}
