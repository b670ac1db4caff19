package io.sightline.chart;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes panels, stacked on their shared time axis, as one PNG through Java2D: no display needed, so the GUI's
 * export button and the CLI's postmortem produce the same picture.
 */
public final class PngExporter {
    private final ChartTheme theme;

    public PngExporter(ChartTheme theme) {
        this.theme = theme;
    }

    /** Paints {@code panels} one below the other, each {@code panelHeight} tall, into an image. */
    public BufferedImage render(List<PanelFrame> panels, int width, int panelHeight) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("no panel to export");
        }
        BufferedImage image = new BufferedImage(width, panelHeight * panels.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Java2DSurface surface = new Java2DSurface(g);
            ChartPainter painter = new ChartPainter();
            for (int i = 0; i < panels.size(); i++) {
                painter.paint(surface, panels.get(i), 0, (double) i * panelHeight, width, panelHeight, theme);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public void write(List<PanelFrame> panels, int width, int panelHeight, Path out) {
        BufferedImage image = render(panels, width, panelHeight);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
