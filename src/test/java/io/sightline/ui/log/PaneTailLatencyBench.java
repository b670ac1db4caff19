package io.sightline.ui.log;

import io.sightline.concurrent.Lifecycle;
import io.sightline.session.IncidentSession;
import io.sightline.series.SeriesStore;
import io.sightline.source.log.FileTailSource;
import io.sightline.source.log.LiveLines;
import io.sightline.source.log.LogFormat;
import io.sightline.source.log.LogOptions;
import io.sightline.source.log.TailLatencyBench;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.HdrHistogram.Histogram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Live tail to the screen: a writer appends access-log lines at a fixed rate, each ending with the nanoTime it
 * was written; the session's path follows the file ({@link FileTailSource} into {@link LiveLines}) and the
 * {@link LogPane} shows it, following. After each layout pulse in which the newest line shown changed, the
 * oldest line that just became visible is the one that waited longest: its age is recorded (first 2 s
 * discarded). Not a test (timing goals live in benchmarks): under Xvfb,
 * {@code DISPLAY=:61 java -cp target/test-classes:target/sightline.jar 'io.sightline.ui.log.PaneTailLatencyBench$Launch' 50000 10 [window-lines]}.
 */
public final class PaneTailLatencyBench extends Application {
    private final Histogram latency = new Histogram(3);
    private final Histogram layout = new Histogram(3);
    private long layoutStart;
    private long previousNewest = Long.MIN_VALUE;
    private int updates;

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        int rate = args.isEmpty() ? 50_000 : Integer.parseInt(args.get(0));
        int seconds = args.size() > 1 ? Integer.parseInt(args.get(1)) : 10;
        Path file = Files.createTempFile("pane-latency", ".log");
        Lifecycle lifecycle = new Lifecycle();
        LiveLines lines = new LiveLines(args.size() > 2 ? Integer.parseInt(args.get(2)) : IncidentSession.LIVE_LINES);
        FileTailSource tail = lifecycle.own(new FileTailSource("bench", file,
                LogOptions.defaults().withFormat(LogFormat.ACCESS), new SeriesStore(), lifecycle, Clock.systemUTC()));
        tail.feed(lines);
        tail.start();
        LogPane pane = new LogPane(new LogPaneModel(lines, lifecycle.newCachedPool("pane"), ZoneId.systemDefault()));
        Scene scene = new Scene(pane, 1400, 800);
        stage.setScene(scene);
        stage.show();
        long measureFrom = System.nanoTime() + 2_000_000_000L;
        scene.addPreLayoutPulseListener(() -> layoutStart = System.nanoTime());
        scene.addPostLayoutPulseListener(() -> {
            if (System.nanoTime() > measureFrom) {
                layout.recordValue((System.nanoTime() - layoutStart) / 1000);
            }
            sample(pane, lines, measureFrom);
        });
        lifecycle.newThread("bench-writer", () -> {
            try {
                TailLatencyBench.write(file, rate, rate * seconds);
                Thread.sleep(500); // the last lines reach the screen
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Platform.runLater(() -> {
                System.out.printf("append to visible in the log pane at %d lines/s for %d s (%d updates): "
                                + "p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", rate, seconds, updates,
                        latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                        latency.getMaxValue() / 1000.0);
                System.out.printf("CSS and layout per pulse: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d pulses)%n",
                        layout.getValueAtPercentile(50) / 1000.0, layout.getValueAtPercentile(99) / 1000.0,
                        layout.getMaxValue() / 1000.0, layout.getTotalCount());
                lifecycle.close();
                Platform.exit();
            });
        }).start();
    }

    private void sample(LogPane pane, LiveLines lines, long measureFrom) {
        VirtualFlow<?> flow = (VirtualFlow<?>) pane.list().lookup(".virtual-flow");
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (last == null || last.getItem() == null) {
            return;
        }
        String text = lines.text((Integer) last.getItem());
        long newest = Long.parseLong(text.substring(text.lastIndexOf(' ') + 1));
        long now = System.nanoTime();
        if (newest != previousNewest && previousNewest != Long.MIN_VALUE && now > measureFrom) {
            // the first line after the previous newest waited longest; it was written just after previousNewest
            latency.recordValue(Math.max(0, (now - previousNewest) / 1000));
            updates++;
        }
        previousNewest = newest;
    }

    /** A main class must not extend Application when JavaFX comes from the class path. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(PaneTailLatencyBench.class, args);
        }
    }
}
