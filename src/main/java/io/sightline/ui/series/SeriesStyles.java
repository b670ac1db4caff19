package io.sightline.ui.series;

/** Style-class names of the series browser, shared by Java and {@code css/series.css}. */
public final class SeriesStyles {
    public static final String STYLESHEET = "/css/series.css";
    public static final String ROOT = "sl-series";
    public static final String FILTER = "sl-series-filter";
    public static final String GROUP = "sl-series-group";
    public static final String HINT = "sl-series-hint";

    private SeriesStyles() {
    }
}
