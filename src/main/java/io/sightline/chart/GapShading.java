package io.sightline.chart;

import io.sightline.series.DecimatedColumns;

import java.util.Arrays;
import java.util.List;

/**
 * Shades the time a panel's series were in a gap, from the gap sample to the next real value, once per panel
 * however many series share the gap. A gap shorter than a pixel still shades its column, so an unreachable
 * target reads as a break at any zoom.
 */
final class GapShading {
    private boolean[] mask = new boolean[0];

    void shade(Surface s, List<PlotSeries> series, TimeScale ts, ChartTheme theme, double top, double height) {
        int w = ts.width();
        if (mask.length < w) {
            mask = new boolean[w];
        }
        Arrays.fill(mask, 0, w, false);
        boolean any = false;
        for (PlotSeries p : series) {
            if (p.isVisible()) {
                any |= mark(p.columns(), ts);
            }
        }
        if (!any) {
            return;
        }
        s.setFill(theme.gapBand());
        for (int c = 0; c < w; c++) {
            if (mask[c]) {
                int start = c;
                while (c < w && mask[c]) {
                    c++;
                }
                s.fillRect(ts.x0() + start, top, c - start, height);
            }
        }
    }

    /** Marks the columns series {@code c} spends in a gap; returns whether there was any. */
    private boolean mark(DecimatedColumns c, TimeScale ts) {
        boolean any = false;
        int gapStart = c.hasBefore() && Double.isNaN(c.beforeValue()) ? 0 : -1;
        for (int i = 0; i < c.width(); i++) {
            if (c.count(i) == 0) {
                continue;
            }
            if (gapStart >= 0 && c.hasValue(i)) {
                any |= fill(gapStart, i);
                gapStart = -1;
            }
            if (c.gap(i)) {
                gapStart = gapStart < 0 ? i : gapStart;
                if (!Double.isNaN(c.last(i))) { // the gap ended inside this column
                    any |= fill(gapStart, i);
                    gapStart = -1;
                }
            }
        }
        if (gapStart >= 0) {
            int end = c.hasAfter() ? (int) Math.min(c.width() - 1, Math.floor(ts.toX(c.afterTime()) - ts.x0()))
                    : gapStart;
            any |= fill(gapStart, Math.max(gapStart, end));
        }
        return any;
    }

    private boolean fill(int from, int toInclusive) {
        Arrays.fill(mask, from, Math.min(mask.length, toInclusive + 1), true);
        return true;
    }
}
