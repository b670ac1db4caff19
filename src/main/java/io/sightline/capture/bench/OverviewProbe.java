package io.sightline.capture.bench;

import io.sightline.capture.CaptureOverview;
import io.sightline.capture.CaptureReader;
import io.sightline.capture.TimeWindow;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by {@code bench capture}: opens a capture and computes the full-range overview (min/max
 * per column), then prints (with argument {@code warm}, SQLite is loaded first, as the GUI does at start-up) {@code <wall ms from open to overview> <CPU ms of that> <ms since JVM start> <integrity>}.
 */
public final class OverviewProbe {
    private OverviewProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int columns = Integer.parseInt(args[1]);
        if (args.length > 2 && args[2].equals("warm")) {
            CaptureReader.warmUp(); // as the GUI does at start-up, before anyone opens a capture
        }
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try (CaptureReader reader = CaptureReader.open(file)) {
            CaptureOverview overview = reader.overview(TimeWindow.ALL, columns);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000;
            int filled = 0;
            for (double[] mins : overview.min().values()) {
                for (double v : mins) {
                    filled += Double.isNaN(v) ? 0 : 1;
                }
            }
            System.out.println(ms + " " + cpuMs + " " + ManagementFactory.getRuntimeMXBean().getUptime() + " "
                    + String.join(";", reader.integrity()) + " " + filled);
        }
    }
}
