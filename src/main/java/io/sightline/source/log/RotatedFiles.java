package io.sightline.source.log;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The rotated siblings of a followed file ({@code app.log.1}, {@code app.log.2.gz}): which were read to their end
 * (by file key, since logrotate renames them on), reading those not read yet strictly oldest first, and opening a
 * name while rotations rename files under it.
 */
final class RotatedFiles {
    private static final int BLOCK = 1 << 20;

    private final Path path;
    private final LogPipeline pipeline;
    /** Files read to their end (or deliberately skipped as old history): never read again. */
    private final Set<Object> finished = new HashSet<>();
    private final byte[] block = new byte[BLOCK];
    private final ByteBuffer blockBuffer = ByteBuffer.wrap(block);

    RotatedFiles(Path path, LogPipeline pipeline) {
        this.path = path;
        this.pipeline = pipeline;
    }

    /** The file with this key was read to its end. */
    void finished(Object key) {
        finished.add(key);
    }

    record Opened(FileChannel channel, Object key) {
    }

    /**
     * Opens {@code p} and names the file actually opened: its key before and after opening must agree, or a
     * rotation renamed another file into place meanwhile and we try again. Null if {@code p} does not exist.
     */
    static Opened openVerified(Path p) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                Object before = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
                FileChannel ch = FileChannel.open(p, StandardOpenOption.READ);
                Object after = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
                if (Objects.equals(before, after)) {
                    return new Opened(ch, after);
                }
                ch.close();
            } catch (NoSuchFileException e) {
                return null;
            }
        }
        throw new IOException(p + " keeps changing under us (renamed faster than it can be opened)");
    }

    /**
     * Reads unfinished siblings strictly oldest first. Names shift while logrotate works, so each step lists
     * twice (both listings must agree), takes the oldest unfinished, and reads it only if the name still
     * holds that file when opened; otherwise it lists again.
     */
    void readUnfinished() throws IOException {
        for (int step = 0; step < 10_000; step++) {
            java.util.Map<Path, Object> listed = stableListing();
            Path oldest = null;
            for (java.util.Map.Entry<Path, Object> e : listed.entrySet()) {
                if (!finished.contains(e.getValue())) {
                    oldest = e.getKey();
                    break;
                }
            }
            if (oldest == null) {
                return;
            }
            Opened o = openVerified(oldest);
            if (o == null) {
                continue;
            }
            try (FileChannel ch = o.channel) {
                if (o.key.equals(listed.get(oldest)) && finished.add(o.key)) {
                    readWhole(ch);
                }
            }
        }
    }

    /** Siblings (oldest first) with their file keys, from two listings in a row that agree. */
    private java.util.Map<Path, Object> stableListing() throws IOException {
        java.util.Map<Path, Object> previous = listing();
        while (true) {
            java.util.Map<Path, Object> now = listing();
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
    }

    private java.util.Map<Path, Object> listing() throws IOException {
        java.util.Map<Path, Object> m = new java.util.LinkedHashMap<>();
        for (Path p : RotatedSiblings.plain(path)) {
            Object key = fileKeyOf(p);
            if (key != null) {
                m.put(p, key);
            }
        }
        return m;
    }

    private void readWhole(FileChannel ch) throws IOException {
        long pos = 0;
        while (true) {
            blockBuffer.clear();
            int n = ch.read(blockBuffer, pos);
            if (n <= 0) {
                break;
            }
            pos += n;
            pipeline.feed(block, 0, n);
        }
        pipeline.endOfInput();
    }

    boolean hasUnfinished(Object fileKey) throws IOException {
        for (Path p : RotatedSiblings.plain(path)) {
            Object key = fileKeyOf(p);
            if (key != null && !key.equals(fileKey) && !finished.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Rotated siblings present at start are history: read them (oldest first) or mark them as not to read. */
    void startHistory(boolean read) throws IOException {
        for (Path p : RotatedSiblings.all(path)) {
            Object key = fileKeyOf(p);
            if (key != null) {
                finished.add(key);
            }
            if (read) {
                readWhole(p);
            }
        }
    }

    private void readWhole(Path p) throws IOException {
        try (InputStream in = p.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(p), 1 << 16) : Files.newInputStream(p)) {
            int n;
            while ((n = in.read(block)) > 0) {
                pipeline.feed(block, 0, n);
            }
        }
        pipeline.endOfInput();
    }

    private static Object fileKeyOf(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
