package io.sightline.chart;

/**
 * What the chart painter draws on (DESIGN.md, "Rendering surface"): a JavaFX {@code Canvas} on screen, a
 * Java2D {@code BufferedImage} headless, so the CLI exports the same pictures without a display. Colours are
 * ARGB ints; text is drawn with its baseline at {@code y}.
 */
public interface Surface {
    void setStroke(int argb);

    void setFill(int argb);

    void setLineWidth(double width);

    /** Dash pattern in pixels; no argument for a solid line. */
    void setDashes(double... dashes);

    void setFont(double size, boolean bold);

    double textWidth(String text);

    void fillText(String text, double x, double y);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillPolygon(double[] xs, double[] ys, int n);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void strokePath();

    /** Restricts drawing to a rectangle until {@link #restore()}. */
    void clip(double x, double y, double w, double h);

    void restore();
}
