package io.sightline.chart;

import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless export: the PNG shows the series where they must be, gaps as breaks; the CSV holds every sample. */
class ExportTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final TimeRange RANGE = new TimeRange(T0, T0 + 600_000);
    private static final int WIDTH = 1000;
    private static final int PANEL = 300;

    @Test
    void pngHasOnePanelHeightPerPanelAndTheLinesWhereTheyBelong() throws Exception {
        SeriesStore store = new SeriesStore();
        Series active = series(store, Metrics.POOL_ACTIVE, Unit.CONNECTIONS);
        Series max = series(store, Metrics.POOL_MAX, Unit.CONNECTIONS);
        Series p99 = store.series(SeriesId.of("log", "access", Metrics.LATENCY_P99), Unit.MILLISECONDS);
        for (long t = T0 - 5000; t < T0 + 605_000; t += 100) {
            active.append(t, 5);
            max.append(t, 10);
            p99.append(t, 100);
        }
        Path file = Files.createTempDirectory("png").resolve("out/charts.png");
        List<PanelFrame> frames = List.of(frame("Pool", active, max), frame("Latency", p99));
        new PngExporter(ChartTheme.DARK).write(frames, WIDTH, PANEL, file);

        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo(WIDTH);
        assertThat(png.getHeight()).isEqualTo(2 * PANEL);
        PanelGeometry g = new ChartPainter().paint(new Java2DSurface(
                new BufferedImage(WIDTH, PANEL, BufferedImage.TYPE_INT_RGB).createGraphics()),
                frame("Pool", active, max), 0, 0, WIDTH, PANEL, ChartTheme.DARK);
        ValueScale vs = ValueScale.fitting(5, 10, g.plotY(), g.plotY() + g.plotHeight());
        int x = (int) (g.plotX() + g.plotWidth() / 3);
        int activeColour = ChartTheme.DARK.colour(SeriesStyle.forMetric(Metrics.POOL_ACTIVE, 0));
        assertThat(columnHas(png, x, (int) Math.round(vs.toY(5)), activeColour)).as("active line at 5").isTrue();
        assertThat(columnHas(png, x + 7, (int) Math.round(vs.toY(10)), ChartTheme.DARK.limit())
                || columnHas(png, x + 14, (int) Math.round(vs.toY(10)), ChartTheme.DARK.limit()))
                .as("limit line at 10 (dashed, so one of two spots)").isTrue();
        assertThat(columnHas(png, x, (int) Math.round(vs.toY(7.5)), activeColour)).as("nothing between").isFalse();
        int latencyColour = ChartTheme.DARK.colour(SeriesStyle.forMetric(Metrics.LATENCY_P99, 0));
        boolean latencyDrawn = false;
        for (int y = PANEL; y < 2 * PANEL; y++) {
            latencyDrawn |= close(png.getRGB(x, y), latencyColour);
        }
        assertThat(latencyDrawn).as("second panel painted below the first").isTrue();
    }

    @Test
    void aGapIsDrawnAsABreakNotAsALine() {
        SeriesStore store = new SeriesStore();
        Series active = series(store, Metrics.POOL_ACTIVE, Unit.CONNECTIONS);
        for (long t = T0; t < T0 + 600_000; t += 1000) {
            if (t >= T0 + 300_000 && t < T0 + 360_000) {
                active.appendGap(t); // one minute unreachable
            } else {
                active.append(t, 5);
            }
        }
        BufferedImage img = new PngExporter(ChartTheme.DARK).render(List.of(frame("Pool", active)), WIDTH, PANEL);
        PanelGeometry g = new ChartPainter().paint(new Java2DSurface(
                new BufferedImage(WIDTH, PANEL, BufferedImage.TYPE_INT_RGB).createGraphics()),
                frame("Pool", active), 0, 0, WIDTH, PANEL, ChartTheme.DARK);
        TimeScale ts = new TimeScale(RANGE, g.plotX(), g.plotWidth());
        int y = (int) Math.round(ValueScale.fitting(5, 5, g.plotY(), g.plotY() + g.plotHeight()).toY(5));
        int colour = ChartTheme.DARK.colour(SeriesStyle.forMetric(Metrics.POOL_ACTIVE, 0));
        assertThat(columnHas(img, (int) ts.toX(T0 + 200_000), y, colour)).isTrue();
        assertThat(columnHas(img, (int) ts.toX(T0 + 330_000), y, colour)).as("no line inside the gap").isFalse();
        assertThat(columnHas(img, (int) ts.toX(T0 + 450_000), y, colour)).isTrue();
        int inGap = img.getRGB((int) ts.toX(T0 + 330_000), (int) (g.plotY() + g.plotHeight() / 2));
        int outside = img.getRGB((int) ts.toX(T0 + 200_000), (int) (g.plotY() + g.plotHeight() / 2));
        assertThat(inGap).as("the gap is shaded").isNotEqualTo(outside);
    }

    @Test
    void csvHasEverySampleOfTheVisibleRangeWithGapsAsEmptyValuesAndProvisionalOnesMarked() throws Exception {
        SeriesStore store = new SeriesStore();
        Series active = series(store, Metrics.POOL_ACTIVE, Unit.CONNECTIONS);
        Series p99 = store.series(SeriesId.of("log", "access", Metrics.LATENCY_P99), Unit.MILLISECONDS);
        active.append(T0 - 1000, 1); // before the range: not exported
        active.append(T0, 3);
        active.appendGap(T0 + 1000);
        active.append(T0 + 2000, 4);
        p99.append(T0 + 500, 12.5);
        p99.setProvisional(new long[] {T0 + 1500, T0 + 2500}, new double[] {40, Double.NaN}); // open buckets
        StringWriter out = new StringWriter();
        CsvExporter.write(List.of(plot(active), plot(p99)), RANGE, out);
        assertThat(out.toString().split("\n")).containsExactly(
                CsvExporter.HEADER,
                "2023-11-14T22:13:20Z,1700000000000,jmx/shop-1/hikari.active{pool=shop},connections,3,false",
                "2023-11-14T22:13:21Z,1700000001000,jmx/shop-1/hikari.active{pool=shop},connections,,false",
                "2023-11-14T22:13:22Z,1700000002000,jmx/shop-1/hikari.active{pool=shop},connections,4,false",
                "2023-11-14T22:13:20.500Z,1700000000500,log/access/latency.p99,ms,12.5,false",
                "2023-11-14T22:13:21.500Z,1700000001500,log/access/latency.p99,ms,40,true",
                "2023-11-14T22:13:22.500Z,1700000002500,log/access/latency.p99,ms,,true");
    }

    private static Series series(SeriesStore store, String metric, Unit unit) {
        return store.series(SeriesId.of("jmx", "shop-1", metric, java.util.Map.of("pool", "shop")), unit);
    }

    private static PlotSeries plot(Series s) {
        return new PlotSeries(s, PlotSeries.defaultLabel(s.id()), SeriesStyle.forMetric(s.id().metric(), 0));
    }

    private static PanelFrame frame(String title, Series... series) {
        return new PanelFrame(title, java.util.Arrays.stream(series).map(ExportTest::plot).toList(), List.of(),
                RANGE, PanelFrame.NO_CROSSHAIR, false, true, ZoneOffset.UTC);
    }

    /** True when a pixel within 2 px vertically of (x, y) has nearly colour {@code argb}. */
    static boolean columnHas(BufferedImage img, int x, int y, int argb) {
        for (int dy = -2; dy <= 2; dy++) {
            if (close(img.getRGB(x, y + dy), argb)) {
                return true;
            }
        }
        return false;
    }

    private static boolean close(int a, int b) {
        int d = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return d < 40;
    }
}
