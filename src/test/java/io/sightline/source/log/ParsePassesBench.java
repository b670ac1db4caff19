package io.sightline.source.log;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Steady-state parse cost, without JVM start-up and JIT warm-up: reads one file to per-minute metrics several
 * times in one process (one range reader, events off, as {@code sightline logs --metrics 1m --threads 1}) and
 * prints wall and CPU time of each pass. Not a test (timing goals live in benchmarks): run with
 * {@code java -cp target/test-classes:target/sightline.jar io.sightline.source.log.ParsePassesBench FILE 8}.
 */
public final class ParsePassesBench {
    private ParsePassesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < passes; i++) {
                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                LogFileReader.read(file, "bench", null, ParseContext.defaults(new LogStats()), 60_000, 1,
                        LogFileReader.IGNORE, pool);
                System.out.printf("pass %d: %d ms wall, %d ms CPU%n", i, (System.nanoTime() - wall) / 1_000_000,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            }
        } finally {
            pool.shutdown();
        }
    }
}
