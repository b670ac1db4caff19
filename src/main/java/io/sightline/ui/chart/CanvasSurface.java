package io.sightline.ui.chart;

import io.sightline.chart.Surface;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.HashMap;
import java.util.Map;

/** The on-screen {@link Surface}: a JavaFX {@code Canvas}'s graphics context. FX thread only. */
final class CanvasSurface implements Surface {
    private static final int MAX_CACHED_WIDTHS = 4_000;

    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();
    private final Text measure = new Text();
    private GraphicsContext g;
    private Font font;
    private String fontKey = "";

    void bind(GraphicsContext gc) {
        this.g = gc;
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        setFont(12, false);
    }

    @Override
    public void setStroke(int argb) {
        g.setStroke(colour(argb));
    }

    @Override
    public void setFill(int argb) {
        g.setFill(colour(argb));
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setDashes(double... dashes) {
        g.setLineDashes(dashes.length == 0 ? null : dashes);
    }

    @Override
    public void setFont(double size, boolean bold) {
        String key = size + (bold ? "b" : "");
        if (!key.equals(fontKey)) {
            font = Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
            fontKey = key;
            g.setFont(font);
        }
    }

    @Override
    public double textWidth(String text) {
        String key = fontKey + '|' + text;
        Double w = widths.get(key);
        if (w == null) {
            if (widths.size() > MAX_CACHED_WIDTHS) {
                widths.clear(); // crosshair values change with every mouse move; keep the cache bounded
            }
            measure.setFont(font);
            measure.setText(text);
            w = measure.getLayoutBounds().getWidth();
            widths.put(key, w);
        }
        return w;
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.fillText(text, x, y);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        g.fillPolygon(xs, ys, n);
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void strokePath() {
        g.stroke();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.beginPath();
    }

    @Override
    public void restore() {
        g.restore();
        g.setFont(font); // restore() rolled the font back; keep the context in step with fontKey
    }

    private Color colour(int argb) {
        return colours.computeIfAbsent(argb, ChartThemeNode::fx);
    }
}
