package io.sightline.capture;

import io.sightline.capture.bench.BenchLogStream;
import io.sightline.capture.bench.BenchSeries;
import io.sightline.capture.bench.OverviewProbe;
import io.sightline.capture.codec.ChunkCodec;
import io.sightline.capture.codec.ValueEncoding;
import io.sightline.capture.replay.ReplaySession;
import io.sightline.cli.SightlineCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code sightline bench capture}: generates a day of 40 series at 100 ms plus a log stream, and measures what
 * the capture format promises — bytes per sample, decode speed per core, open-to-first-full-range-frame in a fresh
 * process, and the scrub step. Goals are printed beside each figure.
 */
@Command(name = "capture", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = "Benchmarks the capture format: size per sample, decode speed, time to first frame, scrub step.")
public final class CaptureBenchCommand implements Callable<Integer> {
    @Option(names = "--hours", defaultValue = "24", description = "Hours of data to generate (default: ${DEFAULT-VALUE}).")
    double hours;

    @Option(names = "--interval", defaultValue = "100ms", description = "Sample interval (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--dir", description = "Where to write the capture (default: a temporary folder, removed after).")
    Path dir;

    @Option(names = "--runs", defaultValue = "5", description = "Repetitions of each timing (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--columns", defaultValue = "1600", description = "Pixel columns of the overview (default: ${DEFAULT-VALUE}).")
    int columns;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out;

    /**
     * Runs the benchmark on its own ({@code java -cp target/sightline.jar io.sightline.capture.CaptureBenchCommand}),
     * the same as {@code sightline bench capture}.
     */
    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new CaptureBenchCommand());
        cl.registerConverter(Duration.class, io.sightline.cli.DurationConverter::parse);
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        boolean temporary = dir == null;
        Path folder = temporary ? Files.createTempDirectory("sightline-bench-capture") : Files.createDirectories(dir);
        Path file = folder.resolve("bench-" + System.currentTimeMillis() + ".sightline");
        try {
            long start = 1_767_225_600_000L; // 2026-01-01T00:00Z: a whole day from midnight
            long samplesPerSeries = (long) (hours * 3_600_000 / interval.toMillis());
            Map<String, long[]> byKind = generate(file, start, samplesPerSeries);
            reportSizes(file, samplesPerSeries * BenchSeries.all().size(), byKind);
            reportDecode(file);
            reportOverview(file);
            reportScrub(file);
        } finally {
            if (temporary) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(Path.of(file + suffix));
                }
                Files.deleteIfExists(folder);
            } else {
                out.println("capture kept at " + file);
            }
            out.flush();
        }
        return SightlineCommand.EXIT_OK;
    }

    /** Writes the capture; returns per kind of series {samples, bytes of encoded chunks}. */
    private Map<String, long[]> generate(Path file, long start, long samplesPerSeries) throws SQLException {
        long t0 = System.nanoTime();
        Map<String, long[]> byKind = new LinkedHashMap<>();
        long events;
        try (CaptureFile capture = CaptureFile.create(file, CaptureMetadata.startingAt(start, ZoneId.of("UTC"))
                .withRange(start, start + samplesPerSeries * interval.toMillis()))) {
            // All series advance together, sample by sample, as a poller sees them: idle follows active, and
            // the series of one target share each poll's instant (and its jitter).
            List<BenchSeries.Definition> defs = BenchSeries.all();
            List<SeriesRecorder> recorders = new ArrayList<>();
            List<Random> randoms = new ArrayList<>();
            for (BenchSeries.Definition d : defs) {
                ValueEncoding encoding = Encodings.forUnit(d.unit());
                recorders.add(new SeriesRecorder(capture.insertSeries(d.id(), d.unit(), encoding), encoding));
                randoms.add(new Random(randoms.size() + 1));
                byKind.computeIfAbsent(d.kind(), k -> new long[2])[0] += samplesPerSeries;
            }
            Random jitter = new Random(0);
            Map<String, Long> pollTime = new LinkedHashMap<>();
            for (long i = 0; i < samplesPerSeries; i++) {
                pollTime.clear();
                for (int k = 0; k < defs.size(); k++) {
                    BenchSeries.Definition d = defs.get(k);
                    long base = start + i * interval.toMillis();
                    long t = pollTime.computeIfAbsent(d.id().target(), x -> {
                        int j = jitter.nextInt(10);
                        return base + (j < 7 ? 0 : j < 9 ? 1 : 2);
                    });
                    recorders.get(k).add(t, d.model().next(i, (double) (t - start) / 86_400_000L, randoms.get(k)), capture);
                }
            }
            for (SeriesRecorder r : recorders) {
                r.seal(capture);
            }
            capture.commit();
            events = BenchLogStream.generate(start, samplesPerSeries * interval.toMillis(), 99, e -> insert(capture, e));
            capture.commit();
        }
        out.printf("capture: %d series x %d samples (%.1f h at %s) = %,d samples, %,d log events; generated in %.1f s%n",
                BenchSeries.all().size(), samplesPerSeries, hours, interval.toMillis() + "ms",
                samplesPerSeries * BenchSeries.all().size(), events, (System.nanoTime() - t0) / 1e9);
        return byKind;
    }

    private static void insert(CaptureFile capture, io.sightline.series.Event e) {
        try {
            capture.insertEvent(e);
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void reportSizes(Path file, long samples, Map<String, long[]> byKind) throws Exception {
        Map<String, Long> tables = new LinkedHashMap<>();
        try (CaptureReader reader = CaptureReader.open(file); Statement s = reader.connection().createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")) {
                while (rs.next()) {
                    tables.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT s.unit, s.metric, sum(c.count), sum(length(d.data)) FROM series s "
                    + "JOIN chunk c ON c.series_id = s.id JOIN chunk_data d ON d.chunk_id = c.id GROUP BY s.id")) {
                byKind.values().forEach(v -> v[0] = 0);
                while (rs.next()) {
                    String kind = kindOf(rs.getString(1));
                    long[] v = byKind.computeIfAbsent(kind, k -> new long[2]);
                    v[0] += rs.getLong(3);
                    v[1] += rs.getLong(4);
                }
            }
        }
        long encoded = byKind.values().stream().mapToLong(v -> v[1]).sum();
        long seriesPages = tables.getOrDefault("chunk_data", 0L) + tables.getOrDefault("chunk", 0L)
                + tables.getOrDefault("chunk_by_time", 0L) + tables.getOrDefault("sqlite_autoindex_chunk_1", 0L)
                + tables.getOrDefault("series", 0L);
        long eventPages = tables.entrySet().stream().filter(e -> e.getKey().startsWith("event")).mapToLong(Map.Entry::getValue).sum();
        out.printf("bytes/sample: %.3f encoded chunks; %.3f with summaries, rows and indexes (SQLite pages)   goal <= 1.5%n",
                (double) encoded / samples, (double) seriesPages / samples);
        StringBuilder kinds = new StringBuilder("  by kind:");
        byKind.forEach((k, v) -> kinds.append(String.format(" %s %.3f B (%d series);", k, (double) v[1] / v[0],
                v[0] / Math.max(1, (long) (hours * 3_600_000 / interval.toMillis())))));
        out.println(kinds);
        out.printf("  file %.1f MiB: series %.1f MiB, log events with FTS5 index %.1f MiB%n", Files.size(file) / 1048576.0,
                seriesPages / 1048576.0, eventPages / 1048576.0);
    }

    private static String kindOf(String unit) {
        return switch (unit) {
            case "CONNECTIONS", "THREADS" -> "pool/thread gauge";
            case "MILLISECONDS" -> "latency (ms as µs)";
            case "PER_SECOND" -> "rate";
            default -> "jvm gauge";
        };
    }

    /** Decodes every chunk of the file from memory on one thread; best and median of the runs. */
    private void reportDecode(Path file) throws Exception {
        List<byte[]> chunks = new ArrayList<>();
        try (CaptureReader reader = CaptureReader.open(file); Statement s = reader.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT data FROM chunk_data")) {
            while (rs.next()) {
                chunks.add(rs.getBytes(1));
            }
        }
        long[] times = new long[SeriesRecorder.CAPACITY];
        double[] values = new double[SeriesRecorder.CAPACITY];
        double[] rates = new double[Math.max(1, runs) + 2];
        double[] wall = new double[rates.length];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (int run = 0; run < rates.length; run++) { // the first two runs warm the JIT up
            long n = 0;
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (byte[] c : chunks) {
                int k = ChunkCodec.decode(c, times, values, 0);
                n += k;
                sink += values[k - 1] + times[k - 1];
            }
            wall[run] = n / ((System.nanoTime() - t0) / 1e9);
            rates[run] = n / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        double[] measured = Arrays.copyOfRange(rates, 2, rates.length);
        double[] measuredWall = Arrays.copyOfRange(wall, 2, wall.length);
        Arrays.sort(measured);
        Arrays.sort(measuredWall);
        out.printf("decode: %.0f M samples/s per core by thread CPU time (best of %d, median %.0f); by wall clock best %.0f M/s; %d chunks   goal >= 250 M/s%s%n",
                measured[measured.length - 1] / 1e6, measured.length, measured[measured.length / 2] / 1e6,
                measuredWall[measuredWall.length - 1] / 1e6, chunks.size(), sink == 42 ? " " : "");
    }

    /** Opens the file in fresh JVMs and times open-to-overview there, with SQLite cold and preloaded. */
    private void reportOverview(Path file) throws Exception {
        for (String mode : List.of("cold", "warm")) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<Long> wall = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            List<Long> sinceStart = new ArrayList<>();
            String last = "";
            for (int run = 0; run < Math.max(1, runs); run++) {
                Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                        OverviewProbe.class.getName(), file.toString(), Integer.toString(columns), mode).start();
                String line = new String(p.getInputStream().readAllBytes()).trim();
                if (p.waitFor() != 0 || line.isEmpty()) {
                    throw new IllegalStateException("overview probe failed: " + new String(p.getErrorStream().readAllBytes()));
                }
                String[] f = line.split(" ");
                wall.add(Long.parseLong(f[0]));
                cpu.add(Long.parseLong(f[1]));
                sinceStart.add(Long.parseLong(f[2]));
                last = f[3] + ", " + f[4] + " non-empty cells";
            }
            out.printf("open -> full-range overview (%d columns x %d series), fresh JVM, SQLite %s: CPU %s ms (median %d), "
                            + "wall %s ms (median %d); JVM start to frame median %d ms; integrity %s   goal <= 300 ms%n",
                    columns, BenchSeries.all().size(), mode.equals("cold") ? "not yet loaded" : "preloaded at start-up",
                    cpu, median(cpu), wall, median(wall), median(sinceStart), last);
        }
    }

    /** Replays the whole capture and times a scrub step: seek and read what is visible, for random positions. */
    private void reportScrub(Path file) {
        long t0 = System.nanoTime();
        ReplaySession session;
        try (CaptureReader reader = CaptureReader.open(file)) {
            session = new ReplaySession(reader.replay().store(), Clock.systemUTC());
        }
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        Random r = new Random(5);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] wall = new long[2000];
        long[] cpu = new long[wall.length];
        for (int i = 0; i < wall.length; i++) {
            long t = session.start() + (long) (r.nextDouble() * (session.end() - session.start()));
            long c0 = threads.getCurrentThreadCpuTime();
            long s0 = System.nanoTime();
            session.clock().seek(t);
            session.visibleNow(Duration.ofMinutes(5));
            wall[i] = System.nanoTime() - s0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        long[] w = Arrays.copyOfRange(wall, 500, wall.length); // after JIT warm-up
        long[] c = Arrays.copyOfRange(cpu, 500, cpu.length);
        Arrays.sort(w);
        Arrays.sort(c);
        out.printf("scrub step (seek + latest reading of every series + events of a 5 min window): wall p50 %.1f us, p99 %.1f us;"
                        + " CPU p50 %.1f us, p99 %.1f us   goal p99 <= 16 ms%n",
                w[w.length / 2] / 1e3, w[w.length * 99 / 100] / 1e3, c[c.length / 2] / 1e3, c[c.length * 99 / 100] / 1e3);
        out.printf("  full replay into memory (decode + append every sample): %d ms%n", loadMs);
    }

    private static long median(List<Long> v) {
        List<Long> s = new ArrayList<>(v);
        s.sort(Long::compare);
        return s.get(s.size() / 2);
    }
}
