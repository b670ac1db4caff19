package io.sightline.chart;

import java.util.List;

/**
 * The on-screen part of {@code sightline bench charts}, implemented in the JavaFX layer and found through
 * {@link java.util.ServiceLoader}, so the command line never loads a JavaFX class unless this benchmark runs.
 */
public interface OnScreenChartBenchmark {
    /** Runs the benchmark on the JavaFX toolkit (started by the implementation) and returns its figures. */
    List<FrameStats> run(Settings settings) throws Exception;

    /**
     * @param panels          panels stacked on one time axis
     * @param points          points per panel, 100 ms apart (864,000 = 24 h)
     * @param frames          frames measured with every pulse repainting while data appends at 10 Hz
     * @param renderFrames    frames measured including rasterisation (paint + snapshot)
     * @param lineChartPoints points in the JavaFX {@code LineChart} comparison
     * @param lineChartFrames frames of the {@code LineChart} comparison
     */
    record Settings(int panels, int points, int frames, int renderFrames, int lineChartPoints, int lineChartFrames) {
    }
}
