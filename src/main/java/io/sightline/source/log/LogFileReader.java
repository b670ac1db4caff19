package io.sightline.source.log;

import io.sightline.series.Event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads one whole file (the {@code logs} command, and history): every line parsed into per-interval buckets
 * that stay open until the end, so order within the file does not matter. A large file is split into ranges
 * at entry boundaries (never inside a stack trace), one per thread; each range has its own parser and
 * buckets, merged at the end.
 */
public final class LogFileReader {
    /** Below this a second thread costs more than it saves. */
    static final long PARALLEL_MIN_BYTES = 16L << 20;
    private static final int BLOCK = 1 << 20;

    /** The outcome: detected format, what became of every line, and the final buckets in time order. */
    public record Result(LogFormat format, LogStats.Snapshot stats, List<BucketValues> buckets) {
    }

    /** Pass as {@code events} when only metrics are wanted: events are then not built at all. */
    public static final Consumer<Event> IGNORE = e -> {
    };

    private LogFileReader() {
    }

    /**
     * @param target   the source name in events ({@code log/<target>})
     * @param format   the user's override, or null to detect
     * @param threads  how many range readers an access log may use
     * @param events   receives every event (in file order per range; ranges in order)
     * @param pool     runs the range readers when there are several
     */
    public static Result read(Path file, String target, LogFormat format, ParseContext settings, long bucketMillis,
                              int threads, Consumer<Event> events, ExecutorService pool) throws IOException {
        return read(file, target, format, settings, bucketMillis, threads, events, pool, PARALLEL_MIN_BYTES);
    }

    static Result read(Path file, String target, LogFormat format, ParseContext settings, long bucketMillis,
                       int threads, Consumer<Event> events, ExecutorService pool, long parallelMinBytes)
            throws IOException {
        LogFormat f = format != null ? format : FormatDetector.detect(head(file));
        if (f == LogFormat.GC && !file.toString().endsWith(".gz")) {
            settings.uptimeAnchor(UptimeAnchor.of(file));
        }
        boolean gz = file.toString().endsWith(".gz");
        long size = Files.size(file);
        int ranges = !gz && threads > 1 && size >= parallelMinBytes ? threads : 1;
        List<BucketValues> buckets = new ArrayList<>();
        if (!gz) {
            return ranges(file, target, f, settings, bucketMillis, ranges, events, pool, size, buckets);
        }
        {
            LogStats stats = new LogStats();
            DerivedMetrics metrics = new DerivedMetrics(bucketMillis, DerivedMetrics.BATCH, buckets::add, stats);
            LogPipeline pipeline = new LogPipeline(settings.copy(stats), f,
                    new LogProcessor("log/" + target, metrics, collector(events)));
            try (InputStream in = gz ? new GZIPInputStream(Files.newInputStream(file), 1 << 16)
                    : Files.newInputStream(file)) {
                byte[] block = new byte[BLOCK];
                int n;
                while ((n = in.read(block)) > 0) {
                    pipeline.feed(block, 0, n);
                }
            }
            pipeline.endOfInput();
            metrics.flush();
            return new Result(f, stats.snapshot(), buckets);
        }
    }

    private static Result ranges(Path file, String target, LogFormat f, ParseContext settings, long bucketMillis,
                                   int ranges, Consumer<Event> events, ExecutorService pool, long size,
                                   List<BucketValues> buckets) throws IOException {
        long[] starts = boundaries(file, size, ranges);
        List<RangeReader> readers = new ArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < ranges; i++) {
            RangeReader r = new RangeReader(file, starts[i], starts[i + 1], target, f, settings, bucketMillis,
                    events != IGNORE);
            readers.add(r);
            if (ranges == 1) {
                r.run();
                break;
            }
            done.add(pool.submit(() -> {
                r.run();
                return null;
            }));
        }
        for (Future<?> d : done) {
            try {
                d.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading " + file, e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("reading " + file + ": " + e.getCause().getMessage(), e.getCause());
            }
        }
        LogStats total = new LogStats();
        DerivedMetrics merged = new DerivedMetrics(bucketMillis, DerivedMetrics.BATCH, buckets::add, total);
        for (RangeReader r : readers) {
            total.add(r.stats);
            merged.mergeOpen(r.metrics);
            r.events.forEach(events);
        }
        merged.flush();
        return new Result(f, total.snapshot(), buckets);
    }

    /** Range starts: nominal equal splits moved just past the next newline; last element is the size. */
    private static long[] boundaries(Path file, long size, int ranges) throws IOException {
        long[] starts = new long[ranges + 1];
        starts[ranges] = size;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            for (int i = 1; i < ranges; i++) {
                long pos = size * i / ranges;
                starts[i] = size;
                while (pos < size) {
                    buf.clear();
                    int n = ch.read(buf, pos);
                    if (n <= 0) {
                        break;
                    }
                    int lineStart = entryStart(buf.array(), n);
                    if (lineStart >= 0) {
                        starts[i] = pos + lineStart;
                        break;
                    }
                    pos += n;
                }
                starts[i] = Math.max(starts[i], starts[i - 1]);
            }
        }
        return starts;
    }

    /**
     * In a block read from a nominal split point: the start of the first complete line that begins an entry
     * (not a stack frame or cause line, which belong to the entry before), or -1 if the block has none.
     */
    private static int entryStart(byte[] b, int n) {
        int nl = Bytes.indexOf(b, 0, n, (byte) '\n');
        while (nl >= 0 && nl + 1 < n) {
            int s = nl + 1;
            int e = Bytes.indexOf(b, s, n, (byte) '\n');
            if (e < 0) {
                return -1;
            }
            if (!Levels.isContinuation(new String(b, s, Math.min(e - s, 300), StandardCharsets.UTF_8))) {
                return s;
            }
            nl = e;
        }
        return -1;
    }

    /** The first lines of a file (gzip too), for format detection. */
    static List<String> head(Path file) throws IOException {
        byte[] b = new byte[256 << 10];
        int n = 0;
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            int r;
            while (n < b.length && (r = in.read(b, n, b.length - n)) > 0) {
                n += r;
            }
        }
        List<String> lines = new ArrayList<>();
        int s = 0;
        while (s < n && lines.size() < FormatDetector.SAMPLE_LINES) {
            int nl = Bytes.indexOf(b, s, n, (byte) '\n');
            int e = nl < 0 ? n : nl;
            lines.add(new String(b, s, e - s, StandardCharsets.UTF_8));
            s = e + 1;
        }
        return lines;
    }

    private static LogOutputs collector(Consumer<Event> events) {
        return new LogOutputs() {
            @Override
            public boolean wantsEvents() {
                return events != IGNORE;
            }

            @Override
            public void event(Event event) {
                events.accept(event);
            }

            @Override
            public void gcPause(long timeMillis, double pauseMillis, String kind) {
                // counted in the buckets (gc_pauses, gc_pause_max_ms)
            }

            @Override
            public void poolGauge(long timeMillis, String pool, String metric, double value) {
                // the CLI prints rates; pool numbers stay on their events
            }
        };
    }

    /** One range of an access log, read on its own thread with its own parser and buckets. */
    private static final class RangeReader {
        final LogStats stats = new LogStats();
        final DerivedMetrics metrics;
        final List<Event> events = new ArrayList<>();
        private final Path file;
        private final long from;
        private final long to;
        private final LogPipeline pipeline;

        RangeReader(Path file, long from, long to, String target, LogFormat f, ParseContext settings,
                    long bucketMillis, boolean wanted) {
            this.file = file;
            this.from = from;
            this.to = to;
            this.metrics = new DerivedMetrics(bucketMillis, DerivedMetrics.BATCH, b -> {
            }, stats);
            this.pipeline = new LogPipeline(settings.copy(stats), f,
                    new LogProcessor("log/" + target, metrics, collector(wanted ? events::add : IGNORE)));
        }

        /** Copies from a memory map: one copy from the page cache, where read() would make two. */
        void run() throws IOException {
            byte[] block = new byte[BLOCK];
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                long pos = from;
                while (pos < to) {
                    long window = Math.min(to - pos, 256L << 20);
                    java.nio.MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, pos, window);
                    for (int off = 0; off < window; off += BLOCK) {
                        int n = (int) Math.min(BLOCK, window - off);
                        map.get(off, block, 0, n);
                        pipeline.feed(block, 0, n);
                    }
                    pos += window;
                }
            }
            pipeline.endOfInput();
        }
    }
}
