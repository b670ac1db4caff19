package io.sightline.source.log;

import io.sightline.concurrent.Lifecycle;
import io.sightline.concurrent.SafeRunnable;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

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
public final class FileTailSource extends LogSource {
    private static final Logger LOG = LoggerFactory.getLogger(FileTailSource.class);
    static final int FINGERPRINT_BYTES = 1024;
    private static final int BLOCK = 1 << 20;

    private final Path path;
    private final LogOptions options;
    private final Lifecycle lifecycle;
    private final byte[] block = new byte[BLOCK];
    private final ByteBuffer blockBuffer = ByteBuffer.wrap(block);

    private FileChannel channel;
    private Object fileKey;
    private long position;
    private byte[] fingerprint = new byte[0];
    private final RotatedFiles rotated;
    private boolean idleFlushed = true;
    private boolean started;
    private volatile int rotations;
    private volatile int truncations;
    private ScheduledFuture<?> schedule;
    private final java.util.concurrent.atomic.AtomicBoolean wakePending = new java.util.concurrent.atomic.AtomicBoolean();
    private ScheduledExecutorService scheduler;

    public FileTailSource(String target, Path path, LogOptions options, SeriesStore store, Lifecycle lifecycle,
                          Clock clock) {
        super(new LogSourceCore(target, options, store, clock));
        this.path = Objects.requireNonNull(path, "path");
        this.options = options;
        this.lifecycle = lifecycle;
        this.rotated = new RotatedFiles(path, core.pipeline());
    }

    @Override
    public void start() {
        scheduler = lifecycle.newScheduler("log-tail-" + core.target());
        long every = Math.max(1, options.pollInterval().toMillis());
        schedule = scheduler.scheduleWithFixedDelay(SafeRunnable.of("tail " + path, this::poll), 0, every,
                TimeUnit.MILLISECONDS);
        watchHint();
    }

    /**
     * A WatchService on the directory wakes a poll as soon as the file changes; only a hint (it misses events on
     * network file systems and under load), the schedule above stays the truth. Off when it cannot be had.
     */
    private void watchHint() {
        Path dir = path.toAbsolutePath().getParent();
        try {
            java.nio.file.WatchService watcher = dir.getFileSystem().newWatchService();
            dir.register(watcher, java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY,
                    java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
            lifecycle.own(watcher);
            lifecycle.newThread("log-watch-" + core.target(), () -> wakeOnChange(watcher)).start();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("no watch hint for {}: {}", path, e.toString());
        }
    }

    private void wakeOnChange(java.nio.file.WatchService watcher) {
        Path name = path.getFileName();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                java.nio.file.WatchKey key = watcher.take();
                boolean ours = key.pollEvents().stream().anyMatch(e -> name.equals(e.context()));
                key.reset();
                // one queued wake-up at most: a burst of writes must not pile polls up behind each other
                if (ours && !scheduler.isShutdown() && wakePending.compareAndSet(false, true)) {
                    scheduler.execute(SafeRunnable.of("tail " + path, () -> {
                        wakePending.set(false);
                        poll();
                    }));
                }
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            // closed with the source
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the scheduler stopped first
        }
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
                core.anchorUptime(path);
                rotated.startHistory(options.history());
                if (!open(!options.fromStart())) {
                    return;
                }
            } else if (channel == null && !reopen()) {
                return;
            }
            // Rotation first: reading before the truncation check would read the new content from the old position.
            boolean read = checkRotation();
            read |= readToEnd();
            if (read) {
                idleFlushed = false;
            } else {
                if (!idleFlushed) {
                    core.pipeline().idle(); // a quiet poll: an entry waiting for stack lines is complete
                    idleFlushed = true;
                }
                core.idle();
            }
            core.afterBatch();
        } catch (IOException e) {
            status = "cannot read " + path + ": " + e.getMessage();
            LOG.debug("tail {}: {}", path, e.toString());
        }
    }

    private boolean open(boolean atEnd) throws IOException {
        RotatedFiles.Opened o = RotatedFiles.openVerified(path);
        if (o == null) {
            status = "waiting for " + path + " to exist";
            return false;
        }
        channel = o.channel();
        fileKey = o.key();
        position = atEnd ? channel.size() : 0;
        fingerprint = atEnd ? readHead(channel, Math.min(FINGERPRINT_BYTES, position)) : new byte[0];
        status = "following " + path;
        return true;
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
            if (!headMatches()) {
                // truncated and rewritten between the check and this read: these bytes are the new content
                // at the old position; drop them and read the new content from its start
                truncated("its first bytes changed while reading");
                continue;
            }
            extendFingerprint(position, n);
            position += n;
            core.pipeline().feed(block, 0, n);
        }
        return any;
    }

    /** The fingerprint is the head bytes as we read them, never re-read later (they may have changed by then). */
    private void extendFingerprint(long at, int n) {
        if (at == fingerprint.length && at < FINGERPRINT_BYTES) {
            int take = (int) Math.min(n, FINGERPRINT_BYTES - at);
            byte[] fp = Arrays.copyOf(fingerprint, fingerprint.length + take);
            System.arraycopy(block, 0, fp, fingerprint.length, take);
            fingerprint = fp;
        }
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
        rotated.finished(fileKey);
        closeChannel();
        rotations++;
        core.status(Severity.INFO, path + " was rotated (renamed); reading the new file from its start", "rotated");
        if (reopen()) {
            readToEnd();
        }
        return true;
    }

    /**
     * After a rename: first every rotated sibling not read yet (several rotations can happen between two
     * polls), oldest first, then the file now at the path. If more siblings appeared meanwhile, the file just
     * opened is newer than them: close it and go round again, so lines stay in order and none is lost.
     */
    private boolean reopen() throws IOException {
        for (int round = 0; round < 100; round++) {
            rotated.readUnfinished();
            if (!open(false)) {
                return false;
            }
            if (!rotated.hasUnfinished(fileKey)) {
                return true;
            }
            closeChannel();
        }
        return open(false);
    }

    private void truncated(String why) throws IOException {
        truncations++;
        core.pipeline().restart();
        position = 0;
        fingerprint = new byte[0];
        core.status(Severity.WARN, path + " was truncated (copytruncate): " + why + "; reading from its start",
                "truncated");
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
