package io.sightline.chart;

/** Maps values onto a vertical pixel span: {@code min} at {@code bottom}, {@code max} at {@code top}. */
public record ValueScale(double min, double max, double top, double bottom) {
    /** The y of {@code v}, kept within a million pixels so an infinite value cannot break a path. */
    public double toY(double v) {
        double y = bottom - (v - min) / (max - min) * (bottom - top);
        return Math.max(-1e6, Math.min(1e6, y));
    }

    public double toValue(double y) {
        return min + (bottom - y) / (bottom - top) * (max - min);
    }

    /**
     * A readable scale for data in {@code [lo, hi]}: starts at zero for non-negative data (counts, rates and
     * latencies read wrongly on a truncated axis), ends on a nice tick with a little headroom.
     */
    public static ValueScale fitting(double lo, double hi, double top, double bottom) {
        if (!(lo <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) { // no data, or a source sent infinity
            return new ValueScale(0, 1, top, bottom);
        }
        double min = lo >= 0 ? 0 : lo;
        double max = hi <= 0 && lo < 0 ? 0 : hi;
        if (max - min < 1e-9) {
            max = min + (min == 0 ? 1 : Math.abs(min));
        }
        double step = Ticks.niceStep((max - min) * 1.05 / 5);
        double niceMax = Math.ceil(max * 1.05 / step) * step;
        double niceMin = min < 0 ? Math.floor(min * 1.05 / step) * step : min;
        return new ValueScale(niceMin, niceMax, top, bottom);
    }
}
