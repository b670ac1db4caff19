package io.sightline.ui.chart;

import io.sightline.chart.ChartLayout;
import io.sightline.chart.FrameStats;
import io.sightline.chart.OnScreenChartBenchmark;
import io.sightline.chart.PanelKind;
import io.sightline.chart.RangePreset;
import io.sightline.concurrent.Lifecycle;
import io.sightline.concurrent.SafeRunnable;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The on-screen chart benchmark (see {@code ChartsBenchCommand}). Frame = one full repaint of every panel
 * forced on a pulse while a writer appends to every series at 10 Hz with follow-live on; measured as the
 * paint on the FX thread alone and as paint plus rasterisation (a snapshot of the whole stack). The
 * {@code LineChart} comparison adds one point per frame and is measured the same way (snapshot).
 */
public final class ChartsBenchmark implements OnScreenChartBenchmark {
    private static final long STEP_MILLIS = 100;
    private static final int WIDTH = 1500;
    private static final int HEIGHT = 900;

    @Override
    public List<FrameStats> run(Settings settings) throws Exception {
        Clock clock = Clock.systemUTC();
        SeriesStore store = new SeriesStore(Duration.ofMillis(settings.points() * STEP_MILLIS + 3_600_000));
        List<Series> series = fill(store, settings, clock.millis());
        CompletableFuture<List<FrameStats>> result = new CompletableFuture<>();
        try (Lifecycle lifecycle = new Lifecycle()) {
            ScheduledExecutorService writer = lifecycle.newScheduler("bench-writer");
            SplittableRandom random = new SplittableRandom(3);
            writer.scheduleAtFixedRate(SafeRunnable.of("bench append", () -> {
                long now = clock.millis();
                series.forEach(s -> s.append(now, noisy(random, s.snapshot().lastValue())));
            }), STEP_MILLIS, STEP_MILLIS, TimeUnit.MILLISECONDS);
            boolean started = false;
            try {
                Platform.startup(() -> start(store, series, clock, settings, result));
                started = true;
                return result.get(15, TimeUnit.MINUTES);
            } finally {
                if (started) { // exiting a toolkit that never started waits for it forever
                    Platform.exit();
                }
            }
        }
    }

    private static List<Series> fill(SeriesStore store, Settings settings, long now) {
        List<Series> out = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(1);
        for (int p = 0; p < settings.panels(); p++) {
            Series s = store.series(SeriesId.of("bench", "panel-" + (p + 1), "noise"), Unit.MILLISECONDS);
            double v = 100;
            long t0 = now - (settings.points() - 1) * STEP_MILLIS;
            for (int i = 0; i < settings.points(); i++) {
                v = noisy(random, v);
                s.append(t0 + i * STEP_MILLIS, v);
            }
            out.add(s);
        }
        return out;
    }

    /** A random walk with spikes: noisy enough that no two neighbouring pixels are alike. */
    private static double noisy(SplittableRandom r, double last) {
        double v = Math.max(1, last + r.nextGaussian() * 5);
        return r.nextInt(1000) == 0 ? v * 5 : v;
    }

    private static void start(SeriesStore store, List<Series> series, Clock clock, Settings settings,
                              CompletableFuture<List<FrameStats>> result) {
        try {
            List<ChartLayout.PanelSpec> specs = series.stream().map(s -> new ChartLayout.PanelSpec(PanelKind.CUSTOM,
                    s.id().target(), List.of(s.id().toString()), List.of(), 1)).toList();
            ChartStackViewModel vm = new ChartStackViewModel(store, null, clock, new ChartLayout(ChartLayout.VERSION,
                    specs, RangePreset.H24.label(), true));
            ChartStack stack = new ChartStack(vm, Runnable::run, ZoneId.systemDefault());
            Stage stage = new Stage();
            stage.setScene(new Scene(stack, WIDTH, HEIGHT));
            stage.setTitle("sightline bench charts");
            stage.show();
            String size = String.format("%d panels x %,d points", settings.panels(), settings.points());
            List<FrameStats> stats = new ArrayList<>();
            livePhase(stack, settings, size, stats, () -> renderPhase(stack, settings, size, stats,
                    () -> lineChart(stage, settings, stats, result)));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    /**
     * Every pulse repaints all panels while data appends at 10 Hz: the paint time on the FX thread, and the
     * interval between pulses (rendering included: a pulse waits for the previous frame to be rendered).
     */
    private static void livePhase(ChartStack stack, Settings settings, String size, List<FrameStats> stats,
                                  Runnable next) {
        long[] paint = new long[settings.frames()];
        long[] interval = new long[settings.frames()];
        int[] painted = {0};
        boolean[] measuring = {false};
        long[] lastPulse = {0};
        stack.setOnFramePainted(nanos -> {
            if (measuring[0] && painted[0] < paint.length) {
                paint[painted[0]++] = nanos;
            }
        });
        measure(settings.frames(), 60, i -> {
            long now = System.nanoTime();
            if (i >= 0) {
                interval[i] = now - lastPulse[0];
            }
            lastPulse[0] = now;
            stack.requestRepaint();
            measuring[0] = i >= 0;
            stack.pulse();
            measuring[0] = false;
        }, () -> {
            stats.add(FrameStats.of("chart stack, " + size + ": paint (FX thread)",
                    java.util.Arrays.copyOf(paint, painted[0])));
            stats.add(FrameStats.of("chart stack, " + size + ": pulse interval", interval));
            next.run();
        });
    }

    /** Paint plus rasterisation of the whole stack, forced with a snapshot (as for the LineChart below). */
    private static void renderPhase(ChartStack stack, Settings settings, String size, List<FrameStats> stats,
                                    Runnable next) {
        long[] frame = new long[settings.renderFrames()];
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        measure(settings.renderFrames(), 10, i -> {
            long t0 = System.nanoTime();
            stack.requestRepaint();
            stack.pulse();
            stack.snapshot(null, image);
            if (i >= 0) {
                frame[i] = System.nanoTime() - t0;
            }
        }, () -> {
            stats.add(FrameStats.of("chart stack, " + size + ": paint + render (snapshot)", frame));
            next.run();
        });
    }

    private static void lineChart(Stage stage, Settings settings, List<FrameStats> stats,
                                  CompletableFuture<List<FrameStats>> result) {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        x.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        SplittableRandom r = new SplittableRandom(2);
        double v = 100;
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (int i = 0; i < settings.lineChartPoints(); i++) {
            v = noisy(r, v);
            points.add(new XYChart.Data<>(i, v));
        }
        s.getData().setAll(points);
        chart.getData().add(s);
        stage.getScene().setRoot(chart);
        long[] frame = new long[settings.lineChartFrames()];
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        int[] next = {settings.lineChartPoints()};
        double[] last = {v};
        measure(settings.lineChartFrames(), 5, i -> {
            long t0 = System.nanoTime();
            last[0] = noisy(r, last[0]);
            s.getData().remove(0);
            s.getData().add(new XYChart.Data<>(next[0]++, last[0]));
            chart.snapshot(null, image);
            if (i >= 0) {
                frame[i] = System.nanoTime() - t0;
            }
        }, () -> {
            stats.add(FrameStats.of(String.format("JavaFX LineChart, %,d points: update + render (snapshot)",
                    settings.lineChartPoints()), frame));
            result.complete(stats);
        });
    }

    /**
     * Runs {@code frame} on {@code warmup} pulses with a negative index (not to be recorded), then on
     * {@code count} pulses with indexes 0.., then {@code done}.
     */
    private static void measure(int count, int warmup, Consumer<Integer> frame, Runnable done) {
        new AnimationTimer() {
            private int pulse;

            @Override
            public void handle(long now) {
                int i = pulse++ - warmup;
                if (i >= count) {
                    stop();
                    done.run();
                    return;
                }
                frame.accept(i);
            }
        }.start();
    }
}
