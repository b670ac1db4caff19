package io.sightline.ui.chart;

/** Style-class names of the chart stack, as used in {@code css/charts.css}. */
public final class ChartStyles {
    public static final String STYLESHEET = "/css/charts.css";
    public static final String STACK = "chart-stack";
    /** Added to the stack (or any ancestor) for the light theme; dark is the default. */
    public static final String LIGHT = "light";
    public static final String TOOLBAR = "chart-toolbar";
    public static final String PRESET = "chart-preset";
    public static final String FOLLOW_LIVE = "chart-follow-live";
    public static final String READOUT = "chart-readout";
    public static final String PANEL = "chart-panel";
    public static final String PANEL_TOOLS = "chart-panel-tools";
    public static final String PANEL_TOOL = "chart-panel-tool";
    public static final String BOX_ZOOM = "chart-box-zoom";
    public static final String DROP_TARGET = "chart-drop-target";

    private ChartStyles() {
    }
}
