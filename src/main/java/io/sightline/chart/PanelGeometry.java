package io.sightline.chart;

import io.sightline.series.SeriesId;

import java.util.List;

/** Where a painted panel put things, so the view can turn mouse positions into times and legend clicks. */
public record PanelGeometry(double plotX, double plotY, int plotWidth, double plotHeight, List<LegendHit> legend) {
    /** A legend entry's clickable box. */
    public record LegendHit(SeriesId id, double x, double y, double w, double h) {
        public boolean contains(double px, double py) {
            return px >= x && px < x + w && py >= y && py < y + h;
        }
    }

    public boolean inPlot(double x, double y) {
        return x >= plotX && x < plotX + plotWidth && y >= plotY && y < plotY + plotHeight;
    }

    public SeriesId legendAt(double x, double y) {
        for (LegendHit h : legend) {
            if (h.contains(x, y)) {
                return h.id();
            }
        }
        return null;
    }
}
