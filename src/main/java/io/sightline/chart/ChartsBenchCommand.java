package io.sightline.chart;

import io.sightline.cli.SightlineCommand;
import io.sightline.cli.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

/**
 * {@code sightline bench charts}: frame times of the chart stack at 24 h of 100 ms samples per panel while
 * data appends at 10 Hz with follow-live on, next to JavaFX's {@code LineChart} at 10,000 points. The only
 * subcommand that needs a display (Xvfb is fine); the JavaFX side is loaded only when it runs.
 */
@Command(name = "charts", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = "Measures chart frame times on this machine (needs a display; Xvfb is fine).")
public final class ChartsBenchCommand implements Callable<Integer> {
    static final double GOAL_P99_MILLIS = 16;

    @Option(names = "--panels", defaultValue = "4", description = "Panels on one time axis (default: ${DEFAULT-VALUE}).")
    int panels;

    @Option(names = "--points", defaultValue = "864000",
            description = "Points per panel, 100 ms apart (default: ${DEFAULT-VALUE} = 24 h).")
    int points;

    @Option(names = "--frames", defaultValue = "600", description = "Frames measured (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--render-frames", defaultValue = "200",
            description = "Frames measured including rasterisation (default: ${DEFAULT-VALUE}).")
    int renderFrames;

    @Option(names = "--linechart-points", defaultValue = "10000",
            description = "Points in the JavaFX LineChart comparison (default: ${DEFAULT-VALUE}).")
    int lineChartPoints;

    @Option(names = "--linechart-frames", defaultValue = "60",
            description = "Frames of the LineChart comparison (default: ${DEFAULT-VALUE}).")
    int lineChartFrames;

    @Override
    public Integer call() throws Exception {
        if (panels < 1 || points < 2 || frames < 1 || renderFrames < 1 || lineChartPoints < 2 || lineChartFrames < 1) {
            throw new UserInputException("bench charts: --panels, --frames and the point counts must be positive");
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux") && (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank())) {
            throw new UserInputException("bench charts needs a display and DISPLAY is not set; run it under Xvfb, "
                    + "e.g. 'Xvfb :58 -screen 0 1600x1000x24 & DISPLAY=:58 sightline bench charts'");
        }
        OnScreenChartBenchmark bench = ServiceLoader.load(OnScreenChartBenchmark.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("the JavaFX chart benchmark is not on the class path"));
        System.out.printf("Chart frame times, %d panels x %,d points (100 ms apart), appending at 10 Hz, follow-live on%n",
                panels, points);
        List<FrameStats> stats;
        try {
            stats = bench.run(new OnScreenChartBenchmark.Settings(panels, points, frames, renderFrames,
                    lineChartPoints, lineChartFrames));
        } catch (UnsupportedOperationException noDisplay) { // what JavaFX throws when it cannot open the display
            throw new UserInputException("bench charts cannot open display '" + System.getenv("DISPLAY") + "': "
                    + noDisplay.getMessage(), noDisplay);
        }
        stats.forEach(System.out::println);
        double p99 = stats.get(0).p99Millis();
        System.out.printf("Goal: chart stack paint p99 <= %.0f ms: %s (p99 %.2f ms)%n", GOAL_P99_MILLIS,
                p99 <= GOAL_P99_MILLIS ? "met" : "NOT met", p99);
        System.out.println("Reference on the 2-core build machine: LineChart 252 ms/frame at 10k points; "
                + "ChartFX 11.3.1 725 ms at 864k; a naive full-rescan Canvas 22.9 ms at 864k.");
        return SightlineCommand.EXIT_OK;
    }
}
