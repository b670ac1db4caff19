package io.sightline.chart;

import io.sightline.series.DecimatedColumns;
import io.sightline.series.Event;
import io.sightline.series.Provisional;
import io.sightline.series.Severity;
import io.sightline.series.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Paints one panel onto a {@link Surface}: background, grid, value axes with units (left for the first unit,
 * right for any other), time axis, series from their decimated columns, limit lines, event markers,
 * crosshair and a legend that shows each series' value at the crosshair. Every panel of a stack uses the same
 * left and right margins, so the same instant sits at the same x in all of them.
 */
public final class ChartPainter {
    public static final double LEFT = 62;
    public static final double RIGHT = 58;
    private static final double BOTTOM = 20;
    private static final double ROW = 17;
    private static final double FONT = 12;

    private final SeriesRenderer renderer = new SeriesRenderer();
    private final LegendPainter legend = new LegendPainter();
    private final GapShading gaps = new GapShading();

    public PanelGeometry paint(Surface s, PanelFrame f, double x, double y, double w, double h, ChartTheme theme) {
        s.setDashes();
        s.setFill(theme.background());
        s.fillRect(x, y, w, h);
        int plotW = (int) Math.max(1, Math.floor(w - LEFT - RIGHT));
        List<PanelGeometry.LegendHit> hits = new ArrayList<>();
        double legendBottom = legend.paint(s, f, x, y, w, theme, hits);
        double top = legendBottom + 16; // one row for the axis units, above the plot
        double plotH = Math.max(10, y + h - BOTTOM - top);
        double px = x + LEFT;
        s.setFill(theme.plotBackground());
        s.fillRect(px, top, plotW, plotH);
        TimeScale ts = new TimeScale(f.range(), px, plotW);
        Axes axes = scales(f, plotW, top, top + plotH);
        grid(s, f, ts, axes.left, top, plotH, theme);
        axisLabels(s, axes.left, axes.leftLabel, x + 4, px - 6, false, top, theme);
        if (axes.right != null) {
            axisLabels(s, axes.right, axes.rightLabel, px + plotW + 6, x + w - 4, true, top, theme);
        }
        s.clip(px, top, plotW, plotH);
        gaps.shade(s, f.series(), ts, theme, top, plotH);
        for (PlotSeries p : f.series()) {
            if (p.isVisible()) {
                renderer.draw(s, p, ts, axes.scaleFor(p), theme);
            }
        }
        events(s, f, ts, top, plotH, theme);
        s.restore();
        crosshair(s, f, ts, top, plotH, theme);
        return new PanelGeometry(px, top, plotW, plotH, hits);
    }

    /** The value scales: one for the first unit among the visible series, one for all others. */
    private static Axes scales(PanelFrame f, int plotW, double top, double bottom) {
        Unit leftUnit = null;
        java.util.Set<Unit> rightUnits = new java.util.LinkedHashSet<>();
        double[] left = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] right = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (PlotSeries p : f.series()) {
            if (!p.isVisible()) {
                continue;
            }
            DecimatedColumns c = p.decimate(f.range(), plotW);
            if (leftUnit == null) {
                leftUnit = p.unit();
            }
            boolean onLeft = p.unit() == leftUnit;
            if (!onLeft) {
                rightUnits.add(p.unit());
            }
            double[] acc = onLeft ? left : right;
            acc[0] = Math.min(acc[0], c.overallMin());
            acc[1] = Math.max(acc[1], c.overallMax());
            includeProvisional(p.provisional(), f.range(), acc);
        }
        ValueScale l = ValueScale.fitting(left[0], left[1], top, bottom);
        ValueScale r = rightUnits.isEmpty() ? null : ValueScale.fitting(right[0], right[1], top, bottom);
        String rightLabel = String.join(" · ", rightUnits.stream().map(Unit::symbol).filter(u -> !u.isEmpty())
                .toList());
        return new Axes(l, leftUnit == null ? "" : leftUnit.symbol(), leftUnit, r, rightLabel);
    }

    /** Auto range covers the provisional samples in range too: a spike still open must not run off the top. */
    private static void includeProvisional(Provisional tail, TimeRange range, double[] acc) {
        for (int i = 0; i < tail.size(); i++) {
            double v = tail.value(i);
            if (range.contains(tail.time(i)) && !Double.isNaN(v)) {
                acc[0] = Math.min(acc[0], v);
                acc[1] = Math.max(acc[1], v);
            }
        }
    }

    private static void grid(Surface s, PanelFrame f, TimeScale ts, ValueScale vs, double top, double plotH,
                             ChartTheme theme) {
        s.setStroke(theme.grid());
        s.setLineWidth(1);
        s.setFont(FONT - 1, false);
        s.setFill(theme.axisText());
        for (Ticks.Tick t : Ticks.values(vs, 28)) {
            double yy = Math.round(vs.toY(t.value())) + 0.5;
            s.strokeLine(ts.x0(), yy, ts.x0() + ts.width(), yy);
        }
        double bottom = top + plotH;
        for (Ticks.Tick t : Ticks.time(f.range(), ts.width(), 95, f.zone())) {
            double xx = Math.round(ts.toX((long) t.value())) + 0.5;
            s.strokeLine(xx, top, xx, bottom);
            double tw = s.textWidth(t.label());
            if (xx - tw / 2 >= ts.x0() - 20 && xx + tw / 2 <= ts.x0() + ts.width() + 20) {
                s.fillText(t.label(), xx - tw / 2, bottom + 14);
            }
        }
    }

    private static void axisLabels(Surface s, ValueScale vs, String unit, double x0, double x1,
                                   boolean leftAligned, double top, ChartTheme theme) {
        s.setFont(FONT - 1, false);
        s.setFill(theme.axisText());
        for (Ticks.Tick t : Ticks.values(vs, 28)) {
            double yy = vs.toY(t.value());
            double tw = s.textWidth(t.label());
            s.fillText(t.label(), leftAligned ? x0 : x1 - tw, yy + 4);
        }
        s.setFont(FONT - 1, true);
        double uw = s.textWidth(unit);
        s.fillText(unit, leftAligned ? x1 - uw : x0, top - 5); // over the axis, reaching towards the plot
    }

    /** Event markers across the plot; in the top panel also their labels, drawn after every line. */
    private static void events(Surface s, PanelFrame f, TimeScale ts, double top, double plotH, ChartTheme theme) {
        s.setLineWidth(1.5);
        s.setFont(FONT - 1, false);
        double[] rowEnds = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double right = ts.toX(f.range().to());
        for (int pass = 0; pass < (f.showEventLabels() ? 2 : 1); pass++) {
            for (Event e : f.events()) {
                if (!f.range().contains(e.timeMillis())) {
                    continue;
                }
                double xx = Math.round(ts.toX(e.timeMillis())) + 0.5;
                int colour = e.severity() == Severity.ERROR ? theme.limit() : theme.marker();
                if (pass == 0) {
                    marker(s, xx, top, plotH, colour);
                } else {
                    label(s, shorten(e.text().isEmpty() ? e.kind() : e.text(), 40), xx, right, top, rowEnds, colour,
                            theme);
                }
            }
        }
    }

    private static void marker(Surface s, double xx, double top, double plotH, int colour) {
        s.setStroke(colour);
        s.setDashes(6, 3);
        s.strokeLine(xx, top, xx, top + plotH);
        s.setDashes();
        s.setFill(colour);
        s.fillPolygon(new double[] {xx - 5, xx + 5, xx}, new double[] {top, top, top + 7}, 3);
    }

    /**
     * An event's label beside its marker, on the first of three rows where it overlaps no earlier label. A label
     * that would run past the plot's right edge (the newest events, which responders look at) goes left of its
     * marker instead of being cut off.
     */
    private static void label(Surface s, String text, double xx, double right, double top, double[] rowEnds,
                              int colour, ChartTheme theme) {
        double tw = s.textWidth(text);
        double x0 = xx + tw + 9 > right ? Math.max(0, xx - tw - 9) : xx + 3;
        int row = 0;
        while (row < rowEnds.length - 1 && rowEnds[row] > x0) {
            row++;
        }
        rowEnds[row] = Math.max(rowEnds[row], x0 + tw + 9);
        double y = top + 8 + row * 16;
        s.setFill(theme.plotBackground());
        s.fillRect(x0, y, tw + 6, 15);
        s.setFill(colour);
        s.fillText(text, x0 + 3, y + 11);
    }

    private static void crosshair(Surface s, PanelFrame f, TimeScale ts, double top, double plotH,
                                  ChartTheme theme) {
        if (!f.hasCrosshair() || !f.range().contains(f.crosshair())) {
            return;
        }
        double xx = Math.round(ts.toX(f.crosshair())) + 0.5;
        s.setStroke(theme.crosshair());
        s.setLineWidth(f.crosshairLocked() ? 1.5 : 1);
        if (!f.crosshairLocked()) {
            s.setDashes(4, 3);
        }
        s.strokeLine(xx, top, xx, top + plotH);
        s.setDashes();
        String label = clock(f);
        s.setFont(FONT - 1, true);
        double tw = s.textWidth(label);
        s.setFill(theme.crosshair());
        s.fillRect(xx - tw / 2 - 4, top + plotH + 2, tw + 8, 16);
        s.setFill(theme.background());
        s.fillText(label, xx - tw / 2, top + plotH + 14);
    }

    private static String clock(PanelFrame f) {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss.S", java.util.Locale.ROOT)
                .format(java.time.Instant.ofEpochMilli(f.crosshair()).atZone(f.zone()));
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static double rowHeight() {
        return ROW;
    }

    static double fontSize() {
        return FONT;
    }

    /** Left axis: the first visible series' unit. Right axis: every other unit, named together. */
    private record Axes(ValueScale left, String leftLabel, Unit leftUnit, ValueScale right, String rightLabel) {
        ValueScale scaleFor(PlotSeries p) {
            return right != null && p.unit() != leftUnit ? right : left;
        }
    }
}
