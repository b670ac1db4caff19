package io.sightline.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** The headless {@link Surface}: Java2D on a {@code BufferedImage}'s graphics, for PNG export from the CLI. */
public final class Java2DSurface implements Surface {
    private final Graphics2D g;
    private Color stroke = Color.BLACK;
    private Color fill = Color.BLACK;
    private float lineWidth = 1;
    private float[] dashes;
    private Path2D.Double path = new Path2D.Double();
    private Shape savedClip;

    public Java2DSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        setFont(12, false);
    }

    @Override
    public void setStroke(int argb) {
        stroke = new Color(argb, true);
    }

    @Override
    public void setFill(int argb) {
        fill = new Color(argb, true);
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = (float) width;
    }

    @Override
    public void setDashes(double... d) {
        if (d.length == 0) {
            dashes = null;
            return;
        }
        dashes = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            dashes[i] = (float) d[i];
        }
    }

    @Override
    public void setFont(double size, boolean bold) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)));
    }

    @Override
    public double textWidth(String text) {
        return g.getFontMetrics().stringWidth(text);
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.setColor(fill);
        g.drawString(text, (float) x, (float) y);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        applyStroke();
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.setColor(fill);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        applyStroke();
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        g.setColor(fill);
        g.fill(p);
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void strokePath() {
        applyStroke();
        g.draw(path);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        savedClip = g.getClip();
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void restore() {
        g.setClip(savedClip);
    }

    private void applyStroke() {
        g.setColor(stroke);
        g.setStroke(dashes == null
                ? new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f));
    }
}
