package io.sightline.chart;

/**
 * The colours a chart is painted with, as ARGB ints. On screen they come from the theme variables in
 * {@code css/charts.css}; headless export uses {@link #DARK} or {@link #LIGHT}. The series palette is
 * Okabe-Ito (colour-blind safe); the pool limit and waiting threads have colours of their own, and are told
 * apart by shape too (thick dashes, filled area), never by colour alone.
 */
public record ChartTheme(int background, int plotBackground, int grid, int axisText, int title, int crosshair,
                         int marker, int limit, int waiting, int gapBand, int hidden, int[] palette) {
    public static final ChartTheme DARK = new ChartTheme(0xFF1B1D23, 0xFF20232A, 0xFF363A45, 0xFFB8BDC9,
            0xFFE6E8EE, 0xFFFFFFFF, 0xFFCC79A7, 0xFFFF3B3B, 0xFFF0E442, 0x40FFFFFF, 0xFF6B7080,
            new int[] {0xFF56B4E9, 0xFF009E73, 0xFFE69F00, 0xFFCC79A7, 0xFFF0E442, 0xFF3D9BE0, 0xFFD55E00,
                0xFFBBBBBB});
    public static final ChartTheme LIGHT = new ChartTheme(0xFFFFFFFF, 0xFFFAFAFC, 0xFFDDE0E6, 0xFF4A4F5C,
            0xFF1B1D23, 0xFF1B1D23, 0xFFAA3F86, 0xFFD70015, 0xFFD55E00, 0x33000000, 0xFFA0A4AE,
            new int[] {0xFF0072B2, 0xFF009E73, 0xFFE69F00, 0xFFCC79A7, 0xFF9C8F00, 0xFF56B4E9, 0xFFD55E00,
                0xFF555555});

    public ChartTheme {
        palette = palette.clone();
    }

    /** The colour a series of {@code style} is drawn in. */
    public int colour(SeriesStyle style) {
        return switch (style.role()) {
            case LIMIT -> limit;
            case WAITING -> waiting;
            case LINE -> palette[Math.floorMod(style.paletteIndex(), palette.length)];
        };
    }

    @Override
    public int[] palette() {
        return palette.clone();
    }
}
