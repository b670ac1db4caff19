package io.sightline.chart;

import java.util.List;

/**
 * The panel's title and legend row(s): a swatch shaped like the series (dashed for a limit, a filled block for
 * waiting threads), its label, and its value at the crosshair. Hidden series stay in the legend, greyed, so a
 * click brings them back. Wraps onto more rows when the panel is narrow.
 */
final class LegendPainter {
    /** Paints title and legend from the panel's top; returns the y where the plot may begin. */
    double paint(Surface s, PanelFrame f, double x, double y, double w, ChartTheme theme,
                 List<PanelGeometry.LegendHit> hits) {
        double row = ChartPainter.rowHeight();
        s.setFont(ChartPainter.fontSize() + 1, true);
        s.setFill(theme.title());
        s.fillText(f.title(), x + 8, y + 14);
        double cx = Math.max(x + ChartPainter.LEFT, x + 8 + s.textWidth(f.title()) + 16);
        double cy = y + 2;
        s.setFont(ChartPainter.fontSize(), false);
        for (PlotSeries p : f.series()) {
            String text = p.label();
            if (f.hasCrosshair()) {
                text += "  " + p.readingAt(f.crosshair()).text(p.unit());
            }
            double entryW = 22 + s.textWidth(text) + 14;
            if (cx + entryW > x + w - 4 && cx > x + ChartPainter.LEFT) {
                cx = x + ChartPainter.LEFT;
                cy += row;
            }
            swatch(s, p, cx, cy + row / 2, theme);
            s.setFill(p.isVisible() ? theme.title() : theme.hidden());
            s.fillText(text, cx + 22, cy + 12);
            hits.add(new PanelGeometry.LegendHit(p.id(), cx, cy, entryW - 6, row));
            cx += entryW;
        }
        return cy + row;
    }

    private static void swatch(Surface s, PlotSeries p, double x, double midY, ChartTheme theme) {
        int colour = p.isVisible() ? theme.colour(p.style()) : theme.hidden();
        SeriesStyle style = p.style();
        if (style.filled()) {
            s.setFill((colour & 0x00FFFFFF) | 0x80000000);
            s.fillRect(x, midY - 4, 18, 8);
        }
        s.setStroke(colour);
        s.setLineWidth(style.lineWidth());
        s.setDashes(style.role() == SeriesStyle.Role.LIMIT ? new double[] {6, 3} : new double[0]);
        s.strokeLine(x, midY - (style.filled() ? 4 : 0), x + 18, midY - (style.filled() ? 4 : 0));
        s.setDashes();
    }
}
