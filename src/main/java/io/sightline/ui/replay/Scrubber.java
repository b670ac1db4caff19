package io.sightline.ui.replay;

import io.sightline.chart.EventBursts;

import io.sightline.series.Severity;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * The scrubber: a slider over the whole capture with one tick per event burst drawn above its track (orange for
 * warnings, red for errors, blue for the rest). Dragging or clicking moves the playhead; the playhead moving
 * moves the thumb.
 */
final class Scrubber extends Region {
    static final String STYLE = "sl-scrubber";
    /** The slider's track starts and ends about half a thumb in from its edges (Modena's thumb is ~16 px). */
    private static final double TRACK_INSET = 8;
    private static final double TICK_HEIGHT = 9;

    private final ReplayViewModel model;
    private final Slider slider = new Slider();
    private final Canvas ticks = new Canvas();
    private boolean following;

    Scrubber(ReplayViewModel model) {
        this.model = model;
        getStyleClass().add(STYLE);
        slider.setMin(model.start());
        slider.setMax(Math.max(model.end(), model.start() + 1));
        slider.setValue(model.playheadProperty().get());
        slider.setFocusTraversable(false);
        slider.setTooltip(new Tooltip("Drag to move the playhead; ticks mark events (Alt+Left/Right jump between them)"));
        ticks.setMouseTransparent(true);
        getChildren().addAll(ticks, slider);
        slider.valueProperty().addListener((o, a, b) -> {
            if (!following) {
                model.seek(b.longValue());
            }
        });
        model.playheadProperty().addListener((o, a, b) -> {
            following = true;
            slider.setValue(b.doubleValue());
            following = false;
        });
        setMinHeight(TICK_HEIGHT + 24);
        setPrefHeight(TICK_HEIGHT + 24);
    }

    Slider slider() {
        return slider;
    }

    /** The x of instant {@code t} in this scrubber's coordinates. */
    double xOf(long t) {
        double w = Math.max(1, getWidth() - 2 * TRACK_INSET);
        double span = Math.max(1, model.end() - model.start());
        return TRACK_INSET + (t - model.start()) / span * w;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        ticks.setWidth(w);
        ticks.setHeight(TICK_HEIGHT);
        ticks.relocate(0, 0);
        slider.resizeRelocate(0, TICK_HEIGHT, w, h - TICK_HEIGHT);
        paintTicks();
    }

    private void paintTicks() {
        GraphicsContext g = ticks.getGraphicsContext2D();
        g.clearRect(0, 0, ticks.getWidth(), ticks.getHeight());
        List<EventBursts.Tick> all = model.ticks();
        for (EventBursts.Tick t : all) {
            g.setFill(colour(t.first().severity()));
            double x = Math.round(xOf(t.time())) + 0.5;
            g.fillRect(x - 1, 0, 2, TICK_HEIGHT);
        }
    }

    private static Color colour(Severity s) {
        return switch (s) {
            case ERROR -> Color.web("#ff5c5c");
            case WARN -> Color.web("#e69f00");
            default -> Color.web("#56b4e9");
        };
    }
}
