package io.sightline.chart;

import java.util.List;

/**
 * The chart stack as saved in the workspace ({@code layout.json}): panels top to bottom, the range preset,
 * and whether the view follows live data.
 */
public record ChartLayout(int version, List<PanelSpec> panels, String preset, boolean followLive) {
    public static final String FILE = "layout.json";
    public static final int VERSION = 1;

    public ChartLayout {
        panels = panels == null ? List.of() : List.copyOf(panels);
    }

    /**
     * One panel: its kind (which metrics it picks up), title, the series ids the user dragged into it, the ids
     * hidden from its legend, and its share of the stack's height.
     */
    public record PanelSpec(PanelKind kind, String title, List<String> series, List<String> hidden, double weight) {
        public PanelSpec {
            series = series == null ? List.of() : List.copyOf(series);
            hidden = hidden == null ? List.of() : List.copyOf(hidden);
            weight = weight > 0 ? weight : 1;
            kind = kind == null ? PanelKind.CUSTOM : kind;
            title = title == null || title.isBlank() ? kind.title() : title;
        }
    }
}
