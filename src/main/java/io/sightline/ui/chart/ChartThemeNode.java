package io.sightline.ui.chart;

import io.sightline.chart.ChartTheme;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * An invisible node that carries the chart colours from {@code css/charts.css} (theme variables such as
 * {@code -sl-chart-grid}) to the canvas painter, which cannot be styled by CSS itself. The stack reads
 * {@link #theme()} when {@link #version()} changed.
 */
final class ChartThemeNode extends Region {
    static final String STYLE_CLASS = "chart-theme";
    private static final StyleablePropertyFactory<ChartThemeNode> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final String[] NAMES = {"background", "plot-background", "grid", "axis-text", "title",
        "crosshair", "marker", "limit", "waiting", "gap", "hidden"};
    private static final int PALETTE = 8;

    private final StyleableObjectProperty<Color>[] colours;
    private int version;

    @SuppressWarnings("unchecked")
    ChartThemeNode() {
        getStyleClass().add(STYLE_CLASS);
        setManaged(false);
        setVisible(false);
        ChartTheme d = ChartTheme.DARK;
        int[] defaults = {d.background(), d.plotBackground(), d.grid(), d.axisText(), d.title(), d.crosshair(),
            d.marker(), d.limit(), d.waiting(), d.gapBand(), d.hidden()};
        colours = new StyleableObjectProperty[NAMES.length + PALETTE];
        for (int i = 0; i < colours.length; i++) {
            final int index = i;
            String css = i < NAMES.length ? "-sl-chart-" + NAMES[i] : "-sl-chart-series-" + (i - NAMES.length + 1);
            int initial = i < NAMES.length ? defaults[i] : d.palette()[i - NAMES.length];
            colours[i] = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "colour" + i, css,
                    n -> (StyleableProperty<Color>) n.colours[index], fx(initial));
            colours[i].addListener((o, a, b) -> version++);
        }
    }

    /** Increments whenever CSS changed a colour (theme switch, stylesheet reload). */
    int version() {
        return version;
    }

    ChartTheme theme() {
        int[] c = new int[colours.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = argb(colours[i].get());
        }
        int[] palette = java.util.Arrays.copyOfRange(c, NAMES.length, c.length);
        return new ChartTheme(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], palette);
    }

    static Color fx(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
