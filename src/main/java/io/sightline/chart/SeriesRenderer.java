package io.sightline.chart;

import io.sightline.series.DecimatedColumns;
import io.sightline.series.Provisional;

/**
 * Draws one decimated series: per pixel column a vertical min-max stroke, joined to its neighbours through
 * the first and last sample, never across a gap ({@link GapShading} shades where the gaps are). Its provisional
 * tail (open log buckets) follows the final line, dashed and half transparent: visibly "may still change".
 */
final class SeriesRenderer {
    /** Dash pattern of a provisional line, in pixels: short enough to read as dashed over a few seconds. */
    static final double[] PROVISIONAL_DASHES = {4, 3};
    /** Alpha of a provisional line: half of the final line's. */
    static final int PROVISIONAL_ALPHA = 0x80;

    private double[] polyX = new double[64];
    private double[] polyY = new double[64];

    void draw(Surface s, PlotSeries p, TimeScale ts, ValueScale vs, ChartTheme theme) {
        DecimatedColumns c = p.columns();
        SeriesStyle style = p.style();
        int colour = theme.colour(style);
        if (style.filled()) {
            fill(s, c, ts, vs, colour);
        }
        s.setStroke(colour);
        s.setLineWidth(style.lineWidth());
        s.setDashes(style.dashes());
        s.beginPath();
        boolean penDown = false;
        if (c.hasBefore() && !Double.isNaN(c.beforeValue())) {
            s.moveTo(ts.toX(c.beforeTime()), vs.toY(c.beforeValue()));
            penDown = true;
        }
        for (int i = 0; i < c.width(); i++) {
            if (c.count(i) == 0) {
                continue;
            }
            penDown = column(s, c, i, ts.columnX(i), vs, penDown);
        }
        if (penDown && c.hasAfter() && !Double.isNaN(c.afterValue())) {
            s.lineTo(ts.toX(c.afterTime()), vs.toY(c.afterValue()));
        }
        s.strokePath();
        s.setDashes();
        provisional(s, p, ts, vs, colour);
    }

    /** The provisional tail: joined to the last final sample, broken at gaps; a lone sample is a small square. */
    private static void provisional(Surface s, PlotSeries p, TimeScale ts, ValueScale vs, int colour) {
        Provisional tail = p.provisional();
        if (tail.isEmpty() || ts.toX(tail.time(tail.size() - 1)) < ts.x0()) {
            return;
        }
        int faded = (colour & 0x00FFFFFF) | (PROVISIONAL_ALPHA << 24);
        s.setStroke(faded);
        s.setFill(faded);
        s.setLineWidth(p.style().lineWidth());
        s.setDashes(PROVISIONAL_DASHES);
        s.beginPath();
        boolean penDown = !Double.isNaN(p.lastFinalValue());
        if (penDown) {
            s.moveTo(ts.toX(p.lastFinalTime()), vs.toY(p.lastFinalValue()));
        }
        for (int i = 0; i < tail.size(); i++) {
            double v = tail.value(i);
            if (Double.isNaN(v)) {
                penDown = false;
                continue;
            }
            double x = ts.toX(tail.time(i));
            double y = vs.toY(v);
            if (penDown) {
                s.lineTo(x, y);
            } else {
                s.moveTo(x, y);
                boolean nextJoins = i + 1 < tail.size() && !Double.isNaN(tail.value(i + 1));
                if (!nextJoins) {
                    s.fillRect(x - 1.5, y - 1.5, 3, 3);
                }
            }
            penDown = true;
        }
        s.strokePath();
        s.setDashes();
    }

    /**
     * Draws column {@code i} as one unbroken run: in at the first sample, to the nearer extreme, to the other,
     * out at the last sample (no pen lifts: fewer path elements to rasterise). Returns whether the line
     * continues into the next column.
     */
    private static boolean column(Surface s, DecimatedColumns c, int i, double x, ValueScale vs, boolean penDown) {
        if (!c.hasValue(i)) {
            return false;
        }
        double first = c.first(i);
        double lo = c.min(i);
        double hi = c.max(i);
        boolean joined = penDown && !Double.isNaN(first);
        double entry = Double.isNaN(first) ? lo : first;
        if (joined) {
            s.lineTo(x, vs.toY(entry));
        } else {
            s.moveTo(x, vs.toY(entry));
        }
        if (lo != hi) {
            boolean lowFirst = Math.abs(entry - lo) <= Math.abs(entry - hi);
            s.lineTo(x, vs.toY(lowFirst ? lo : hi));
            s.lineTo(x, vs.toY(lowFirst ? hi : lo));
        } else if (!joined) {
            s.lineTo(x + 0.5, vs.toY(lo)); // a lone sample still shows as a dot
        }
        double last = c.last(i);
        if (Double.isNaN(last)) {
            return false;
        }
        if (lo != hi) {
            s.lineTo(x, vs.toY(last));
        }
        return true;
    }

    /** Fills the area under the line down to zero, one polygon per unbroken run of columns. */
    private void fill(Surface s, DecimatedColumns c, TimeScale ts, ValueScale vs, int colour) {
        s.setFill((colour & 0x00FFFFFF) | 0x59000000);
        double base = vs.toY(Math.max(vs.min(), 0));
        int n = 0;
        for (int i = 0; i <= c.width(); i++) {
            boolean value = i < c.width() && c.hasValue(i);
            boolean broken = i == c.width() || (c.count(i) > 0 && (!value || c.gap(i)));
            if (value) {
                ensure(n + 3);
                polyX[n] = ts.columnX(i);
                polyY[n++] = vs.toY(c.max(i));
            }
            if (broken && n > 0) {
                polyX[n] = polyX[n - 1];
                polyY[n++] = base;
                polyX[n] = polyX[0];
                polyY[n++] = base;
                s.fillPolygon(polyX, polyY, n);
                n = 0;
            }
        }
    }

    private void ensure(int n) {
        if (n >= polyX.length) {
            polyX = java.util.Arrays.copyOf(polyX, n * 2);
            polyY = java.util.Arrays.copyOf(polyY, n * 2);
        }
    }
}
