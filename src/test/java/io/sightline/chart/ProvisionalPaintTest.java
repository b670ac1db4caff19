package io.sightline.chart;

import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.Unit;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open log buckets are drawn after the final line, dashed and half transparent, and only where they are; the
 * value scale makes room for them and the readout says "(provisional)".
 */
class ProvisionalPaintTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final TimeRange RANGE = new TimeRange(T0, T0 + 600_000);
    private static final int WIDTH = 1000;
    private static final int PANEL = 300;
    private static final SeriesId P99 = SeriesId.of("log", "access", Metrics.LATENCY_P99);
    private static final int COLOUR = ChartTheme.DARK.colour(SeriesStyle.forMetric(Metrics.LATENCY_P99, 0));

    @Test
    void theTailIsDashedAndLighterWhereTheProvisionalSamplesAreAndNowhereElse() {
        Series p99 = finals(90);
        BufferedImage without = render(p99);
        p99.setProvisional(seconds(301, 360), values(60, 90));
        BufferedImage with = render(p99);

        Geometry g = geometry(p99, 90, 90);
        int y = (int) Math.round(g.vs.toY(90));
        int tailFrom = g.x(T0 + 304_000);
        int tailTo = g.x(T0 + 357_000);
        int dashGaps = 0;
        int inked = 0;
        for (int x = tailFrom; x <= tailTo; x++) {
            if (differs(with, without, x, y)) {
                inked++;
            } else {
                dashGaps++;
            }
            assertThat(ExportTest.columnHas(with, x, y, COLOUR)).as("lighter than the final line at x=%d", x).isFalse();
        }
        assertThat(inked).as("the provisional line is drawn").isGreaterThan((tailTo - tailFrom) / 3);
        assertThat(dashGaps).as("and dashed").isGreaterThan((tailTo - tailFrom) / 6);
        for (int x = g.x(T0 + 10_000); x < g.x(T0 + 290_000); x++) {
            assertThat(ExportTest.columnHas(with, x, y, COLOUR)).as("final line solid at x=%d", x).isTrue();
        }
        for (int x = g.x(T0 + 365_000); x < g.x(T0 + 590_000); x++) {
            assertThat(differs(with, without, x, y)).as("nothing after the tail, x=%d", x).isFalse();
        }
        for (int x = 0; x < g.x(T0 + 300_000) - 2; x++) { // the tail joins the last final sample, at 300 s
            for (int yy = (int) g.geometry.plotY(); yy < g.geometry.plotY() + g.geometry.plotHeight(); yy++) {
                assertThat(with.getRGB(x, yy)).as("unchanged before the tail at %d,%d", x, yy)
                        .isEqualTo(without.getRGB(x, yy));
            }
        }
    }

    @Test
    void anOpenSpikeWidensTheValueScaleSoItStaysInThePlot() {
        Series p99 = finals(90);
        long[] times = seconds(301, 310);
        double[] values = values(10, 90);
        values[5] = 900; // the incident, still in open buckets
        BufferedImage without = render(p99);
        p99.setProvisional(times, values);
        BufferedImage with = render(p99);
        Geometry g = geometry(p99, 90, 900);
        int x = g.x(times[5]);
        int spikeY = (int) Math.round(g.vs.toY(900));
        assertThat(spikeY).isGreaterThan((int) g.geometry.plotY());
        boolean drawn = false;
        for (int dx = -1; dx <= 1; dx++) {
            drawn |= differs(with, without, x + dx, spikeY);
        }
        assertThat(drawn).as("the spike is drawn inside the plot").isTrue();
    }

    @Test
    void theReadoutMarksProvisionalValues() {
        Series p99 = finals(90);
        p99.setProvisional(new long[] {T0 + 301_000}, new double[] {412});
        PlotSeries plot = plot(p99);
        Readout open = Readout.of("Latency", plot, T0 + 301_500);
        assertThat(open.provisional()).isTrue();
        assertThat(open.text()).isEqualTo("412 ms (provisional)");
        Readout settled = Readout.of("Latency", plot, T0 + 100_000);
        assertThat(settled.provisional()).isFalse();
        assertThat(settled.text()).isEqualTo("90 ms");
    }

    private static Series finals(double value) {
        Series s = new Series(P99, Unit.MILLISECONDS, 0);
        for (long t = T0 - 5000; t <= T0 + 300_000; t += 1000) {
            s.append(t, value);
        }
        return s;
    }

    private static long[] seconds(int from, int to) {
        long[] t = new long[to - from + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = T0 + (from + i) * 1000L;
        }
        return t;
    }

    private static double[] values(int n, double v) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    private static PlotSeries plot(Series s) {
        return new PlotSeries(s, "p99", SeriesStyle.forMetric(Metrics.LATENCY_P99, 0));
    }

    private static BufferedImage render(Series s) {
        return new PngExporter(ChartTheme.DARK).render(List.of(frame(s)), WIDTH, PANEL);
    }

    private static PanelFrame frame(Series s) {
        return new PanelFrame("Latency", List.of(plot(s)), List.of(), RANGE, PanelFrame.NO_CROSSHAIR, false, true,
                ZoneOffset.UTC);
    }

    private static Geometry geometry(Series s, double lo, double hi) {
        PanelGeometry g = new ChartPainter().paint(new Java2DSurface(
                new BufferedImage(WIDTH, PANEL, BufferedImage.TYPE_INT_RGB).createGraphics()),
                frame(s), 0, 0, WIDTH, PANEL, ChartTheme.DARK);
        return new Geometry(g, new TimeScale(RANGE, g.plotX(), g.plotWidth()),
                ValueScale.fitting(lo, hi, g.plotY(), g.plotY() + g.plotHeight()));
    }

    private record Geometry(PanelGeometry geometry, TimeScale ts, ValueScale vs) {
        int x(long t) {
            return (int) Math.round(ts.toX(t));
        }
    }

    /** A pixel within 2 px vertically of (x, y) differs between the two pictures. */
    private static boolean differs(BufferedImage a, BufferedImage b, int x, int y) {
        for (int dy = -2; dy <= 2; dy++) {
            if (distance(a.getRGB(x, y + dy), b.getRGB(x, y + dy)) > 12) {
                return true;
            }
        }
        return false;
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return d;
    }
}
