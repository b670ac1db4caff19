package io.sightline.chart;

import io.sightline.series.Event;

import java.time.ZoneId;
import java.util.List;

/**
 * Everything one panel needs to paint one frame. {@code crosshair} is {@link #NO_CROSSHAIR} when the mouse is
 * elsewhere and nothing is locked.
 */
public record PanelFrame(String title, List<PlotSeries> series, List<Event> events, TimeRange range,
                         long crosshair, boolean crosshairLocked, boolean showEventLabels, ZoneId zone) {
    public static final long NO_CROSSHAIR = Long.MIN_VALUE;

    public boolean hasCrosshair() {
        return crosshair != NO_CROSSHAIR;
    }
}
