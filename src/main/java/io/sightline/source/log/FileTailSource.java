package io.sightline.source.log;

import io.sightline.concurrent.Lifecycle;
import io.sightline.concurrent.SafeRunnable;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Follows one log file through rotation, as log shippers do. Polling is the truth (a WatchService misses
 * events on network file systems and under load); every poll:
 * <ol>
 *   <li>reads the open file from the last position to its end;</li>
 *   <li>rename rotation: the path now names another file (file key / inode): the old file is read to its end
 *       (still open, so nothing written before the rename is lost), siblings rotated in between are read, then
 *       the new file from its start;</li>
 *   <li>copytruncate: the file is shorter than the position, or its first bytes no longer match the fingerprint
 *       taken when they were read (it was truncated and has already grown past the old position): read again
 *       from the start, so nothing is repeated.</li>
 * </ol>
 */
public final class FileTailSource implements Source {
    private static final Logger LOG = LoggerFactory.getLogger(FileTailSource.class);
    static final int FINGERPRINT_BYTES = 1024;
    private static final int BLOCK = 1 << 20;

    private final Path path;
    private final LogOptions options;
    private final Lifecycle lifecycle;
    private final LogSourceCore core;
    private final byte[] block = new byte[BLOCK];
    private final ByteBuffer blockBuffer = ByteBuffer.wrap(block);

    private FileChannel channel;
    private Object fileKey;
    private long position;
    private byte[] fingerprint = new byte[0];
    private boolean idleFlushed = true;
    private boolean started;
    private volatile String status = "not started";
    private volatile int rotations;
    private volatile int truncations;
    private ScheduledFuture<?> schedule;
    private ScheduledExecutorService scheduler;

    public FileTailSource(String target, Path path, LogOptions options, SeriesStore store, Lifecycle lifecycle,
                          Clock clock) {
        this.path = Objects.requireNonNull(path, "path");
        this.options = options;
        this.lifecycle = lifecycle;
        this.core = new LogSourceCore(target, options, store, clock);
    }

    @Override
    public String name() {
        return core.name();
    }

    @Override
    public void start() {
        scheduler = lifecycle.newScheduler("log-tail-" + core.target());
        long every = Math.max(1, options.pollInterval().toMillis());
        schedule = scheduler.scheduleWithFixedDelay(SafeRunnable.of("tail " + path, this::poll), 0, every,
                TimeUnit.MILLISECONDS);
    }

    /** Every line as text, on the source's thread; set before {@link #start()}. */
    public void onLine(java.util.function.Consumer<String> listener) {
        core.pipeline().onLine(listener);
    }

    @Override
    public String status() {
        return status + " · " + core.stats().snapshot().summary();
    }

    public LogStats.Snapshot stats() {
        return core.stats().snapshot();
    }

    /** Per-second derived metrics: {@code provisional()} open buckets and {@code isFinal(time)}. */
    public DerivedMetrics metrics() {
        return core.metrics();
    }

    public LogFormat format() {
        return core.pipeline().format();
    }

    public int rotations() {
        return rotations;
    }

    public int truncations() {
        return truncations;
    }

    @Override
    public void close() {
        if (schedule != null) {
            schedule.cancel(false);
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        core.finish();
        closeChannel();
        status = "closed";
    }

    /** One poll; the scheduler calls it, and tests call it directly to order events exactly. */
    void poll() {
        try {
            if (!started) {
                started = true;
                if (options.history()) {
                    readHistory();
                }
            }
            if (channel == null && !open(!options.fromStart())) {
                return;
            }
            boolean read = readToEnd();
            read |= checkRotation();
            if (read) {
                idleFlushed = false;
            } else if (!idleFlushed) {
                core.pipeline().idle(); // a quiet poll: an entry waiting for stack lines is complete
                idleFlushed = true;
            }
            core.afterBatch();
        } catch (IOException e) {
            status = "cannot read " + path + ": " + e.getMessage();
            LOG.debug("tail {}: {}", path, e.toString());
        }
    }

    private boolean open(boolean atEnd) throws IOException {
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            channel = ch;
            fileKey = attrs.fileKey();
            position = atEnd ? ch.size() : 0;
            fingerprint = readHead(ch, Math.min(FINGERPRINT_BYTES, position == 0 ? ch.size() : position));
            status = "following " + path;
            return true;
        } catch (NoSuchFileException e) {
            status = "waiting for " + path + " to exist";
            return false;
        }
    }

    /** Reads from the position to the current end; true if any byte was read. */
    private boolean readToEnd() throws IOException {
        boolean any = false;
        while (true) {
            blockBuffer.clear();
            int n = channel.read(blockBuffer, position);
            if (n <= 0) {
                break;
            }
            any = true;
            position += n;
            core.pipeline().feed(block, 0, n);
            if (fingerprint.length < FINGERPRINT_BYTES && position > fingerprint.length) {
                fingerprint = readHead(channel, Math.min(FINGERPRINT_BYTES, position));
            }
        }
        return any;
    }

    /** Detects rename rotation and copytruncate; true if it read anything while handling them. */
    private boolean checkRotation() throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false; // renamed away, the new file not created yet: keep the old one open
        }
        if (!Objects.equals(attrs.fileKey(), fileKey)) {
            return renamed();
        }
        long size = channel.size();
        if (size < position || !headMatches()) {
            truncated(size < position ? "the file is shorter than what was read"
                    : "its first bytes changed (truncated and written past the old position)");
            readToEnd();
            return true;
        }
        return false;
    }

    private boolean renamed() throws IOException {
        readToEnd();
        core.pipeline().endOfInput();
        Object oldKey = fileKey;
        closeChannel();
        rotations++;
        readRotatedBetween(oldKey);
        core.status(Severity.INFO, path + " was rotated (renamed); reading the new file from its start", "rotated");
        if (open(false)) {
            readToEnd();
        }
        return true;
    }

    private void truncated(String why) throws IOException {
        truncations++;
        core.pipeline().restart();
        position = 0;
        fingerprint = readHead(channel, Math.min(FINGERPRINT_BYTES, channel.size()));
        core.status(Severity.WARN, path + " was truncated (copytruncate): " + why + "; reading from its start",
                "truncated");
    }

    /** Files rotated after the one we held and before the current one (two rotations within one poll). */
    private void readRotatedBetween(Object oldKey) throws IOException {
        List<Path> siblings = RotatedSiblings.plain(path);
        int oldIndex = -1;
        for (int i = 0; i < siblings.size(); i++) {
            if (Objects.equals(fileKeyOf(siblings.get(i)), oldKey)) {
                oldIndex = i;
            }
        }
        // siblings are oldest first: those after the old file are newer, rotated in between
        for (int i = oldIndex + 1; oldIndex >= 0 && i < siblings.size(); i++) {
            readWhole(siblings.get(i));
        }
    }

    private void readHistory() throws IOException {
        for (Path p : RotatedSiblings.all(path)) {
            readWhole(p);
        }
    }

    private void readWhole(Path p) throws IOException {
        try (InputStream in = p.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(p), 1 << 16) : Files.newInputStream(p)) {
            int n;
            while ((n = in.read(block)) > 0) {
                core.pipeline().feed(block, 0, n);
            }
        }
        core.pipeline().endOfInput();
    }

    private boolean headMatches() throws IOException {
        if (fingerprint.length == 0) {
            return true;
        }
        return Arrays.equals(readHead(channel, fingerprint.length), fingerprint);
    }

    private static byte[] readHead(FileChannel ch, long n) throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) n);
        while (head.hasRemaining()) {
            if (ch.read(head, head.position()) <= 0) {
                break;
            }
        }
        return Arrays.copyOf(head.array(), head.position());
    }

    private static Object fileKeyOf(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing {}: {}", path, e.toString());
            }
            channel = null;
        }
    }
}
