package io.sightline.ui.chart;

import io.sightline.chart.ChartPainter;
import io.sightline.chart.ChartTheme;
import io.sightline.chart.PanelFrame;
import io.sightline.chart.PanelGeometry;
import io.sightline.chart.TimeRange;
import io.sightline.series.SeriesId;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * One panel on screen: a canvas the stack paints once per pulse when something changed, small tools to move
 * or remove the panel, and the mouse: hover moves the shared crosshair, a click locks or unlocks it, the
 * wheel zooms around the mouse, a drag zooms to the dragged box, shift- or right-drag pans, a double click
 * resets, a legend click hides or shows a series. Dropping a series id adds it to this panel.
 */
final class ChartPanelView extends Region {
    private static final double MIN_BOX_PX = 4;

    private final ChartStackViewModel stack;
    private final ChartPanelViewModel panel;
    private final Canvas canvas = new Canvas();
    private final HBox tools;
    private final Rectangle box = new Rectangle();
    private PanelGeometry geometry;
    private TimeRange paintedRange;
    private double pressX = Double.NaN;
    private double lastDragX;
    private boolean panning;

    ChartPanelView(ChartStackViewModel stack, ChartPanelViewModel panel) {
        this.stack = stack;
        this.panel = panel;
        getStyleClass().add(ChartStyles.PANEL);
        setMinHeight(90);
        box.getStyleClass().add(ChartStyles.BOX_ZOOM);
        box.setVisible(false);
        box.setManaged(false);
        box.setMouseTransparent(true);
        tools = new HBox(tool("▲", "Move panel up", () -> stack.movePanel(panel, -1)),
                tool("▼", "Move panel down", () -> stack.movePanel(panel, 1)),
                tool("✕", "Remove panel", () -> stack.removePanel(panel)));
        tools.getStyleClass().add(ChartStyles.PANEL_TOOLS);
        tools.setManaged(false);
        getChildren().addAll(canvas, box, tools);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> stack.leave());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        setOnDragOver(this::dragOver);
        setOnDragExited(e -> getStyleClass().remove(ChartStyles.DROP_TARGET));
        setOnDragDropped(this::dropped);
    }

    ChartPanelViewModel panel() {
        return panel;
    }

    Canvas canvas() {
        return canvas;
    }

    /** Where the last paint put the plot; null before the first paint. */
    PanelGeometry geometry() {
        return geometry;
    }

    int plotWidth() {
        return geometry == null ? (int) Math.max(1, getWidth() - ChartPainter.LEFT - ChartPainter.RIGHT)
                : geometry.plotWidth();
    }

    void paint(ChartPainter painter, CanvasSurface surface, ChartTheme theme, PanelFrame frame) {
        // Each paint starts from a cleared canvas: nothing of an earlier frame shows through (margins, resize).
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        surface.bind(canvas.getGraphicsContext2D());
        geometry = painter.paint(surface, frame, 0, 0, canvas.getWidth(), canvas.getHeight(), theme);
        paintedRange = frame.range();
    }

    /** The range of the last paint (tests check that every panel shows the same one). */
    TimeRange paintedRange() {
        return paintedRange;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        tools.autosize();
        tools.relocate(getWidth() - tools.getWidth() - 4, 2);
    }

    /** The instant under x, in the shared range. */
    long timeAt(double x) {
        TimeRange r = stack.range();
        double plotX = geometry == null ? ChartPainter.LEFT : geometry.plotX();
        return r.from() + Math.round((x - plotX) * r.span() / plotWidth());
    }

    private boolean inPlot(MouseEvent e) {
        return geometry != null && geometry.inPlot(e.getX(), e.getY());
    }

    private void moved(MouseEvent e) {
        if (inPlot(e)) {
            stack.hover(timeAt(e.getX()));
        } else {
            stack.leave();
        }
    }

    private void pressed(MouseEvent e) {
        if (!inPlot(e)) {
            return;
        }
        pressX = e.getX();
        lastDragX = e.getX();
        panning = e.getButton() != MouseButton.PRIMARY || e.isShiftDown();
    }

    private void dragged(MouseEvent e) {
        if (Double.isNaN(pressX)) {
            return;
        }
        if (panning) {
            TimeRange r = stack.range();
            stack.pan(-Math.round((e.getX() - lastDragX) * r.span() / plotWidth()));
            lastDragX = e.getX();
            return;
        }
        double x0 = Math.max(geometry.plotX(), Math.min(pressX, e.getX()));
        double x1 = Math.min(geometry.plotX() + geometry.plotWidth(), Math.max(pressX, e.getX()));
        box.setX(x0);
        box.setY(geometry.plotY());
        box.setWidth(x1 - x0);
        box.setHeight(geometry.plotHeight());
        box.setVisible(x1 - x0 >= MIN_BOX_PX);
    }

    private void released(MouseEvent e) {
        if (!Double.isNaN(pressX) && !panning && Math.abs(e.getX() - pressX) >= MIN_BOX_PX) {
            stack.zoomTo(timeAt(pressX), timeAt(e.getX()));
        }
        box.setVisible(false);
        pressX = Double.NaN;
    }

    private void clicked(MouseEvent e) {
        if (!e.isStillSincePress() || e.getButton() != MouseButton.PRIMARY || geometry == null) {
            return;
        }
        SeriesId legend = geometry.legendAt(e.getX(), e.getY());
        if (legend != null) {
            stack.toggleSeries(panel, legend);
        } else if (inPlot(e) && e.getClickCount() == 2) {
            stack.reset();
        } else if (inPlot(e)) {
            stack.click(timeAt(e.getX()));
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 || geometry == null || !geometry.inPlot(e.getX(), e.getY())) {
            return;
        }
        stack.zoom(timeAt(e.getX()), Math.pow(1.25, -e.getDeltaY() / 40));
        e.consume();
    }

    private void dragOver(DragEvent e) {
        if (droppedId(e) != null) {
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            if (!getStyleClass().contains(ChartStyles.DROP_TARGET)) {
                getStyleClass().add(ChartStyles.DROP_TARGET);
            }
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        SeriesId id = droppedId(e);
        if (id != null) {
            stack.addSeries(panel, id);
        }
        getStyleClass().remove(ChartStyles.DROP_TARGET);
        e.setDropCompleted(id != null);
        e.consume();
    }

    /** The series id a drag carries: our own format, or plain text in the series-id form. */
    private static SeriesId droppedId(DragEvent e) {
        Object content = e.getDragboard().hasContent(ChartStack.SERIES_ID_FORMAT)
                ? e.getDragboard().getContent(ChartStack.SERIES_ID_FORMAT) : e.getDragboard().getString();
        if (!(content instanceof String text)) {
            return null;
        }
        try {
            return SeriesId.parse(text.trim());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static Button tool(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add(ChartStyles.PANEL_TOOL);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
