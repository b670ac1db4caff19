package io.sightline.source.log;

import io.sightline.series.Severity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A file's lines as an index of their start offsets (8 bytes) and level codes (1 byte), in chunks, so a viewer
 * opens a 10-million-line file in about 90 MB and reads only the lines on screen. {@link #refresh()} indexes
 * what was appended; a file that shrank is indexed again from the start.
 */
public final class FileLineIndex implements LogLines, AutoCloseable {
    private static final int CHUNK = 1 << 16;
    private static final int BLOCK = 1 << 20;
    private static final int MAX_TEXT = 64 << 10;

    private final Path path;
    private final FileChannel channel;
    private long[][] offsets = new long[0][];
    private byte[][] levels = new byte[0][];
    private volatile int size;
    /** Offset just past the last complete line indexed. */
    private long indexedTo;
    private byte entryLevel;
    private final byte[] block = new byte[BLOCK];
    private static final int WINDOW = 256 << 10;
    /** Bytes around the lines read last (MAX_TEXT is below WINDOW, so one line always fits). */
    private final byte[] window = new byte[WINDOW];
    private long windowStart = -1;
    private int windowLength;

    public FileLineIndex(Path path) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        refresh();
    }

    public Path path() {
        return path;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public synchronized boolean refresh() {
        try {
            long fileSize = channel.size();
            if (fileSize < indexedTo) {
                size = 0;
                indexedTo = 0;
                windowLength = 0; // the old content is gone
            }
            int before = size;
            long pos = indexedTo;
            while (pos < fileSize) {
                int n = channel.read(ByteBuffer.wrap(block), pos);
                if (n <= 0) {
                    break;
                }
                int consumed = indexBlock(pos, n);
                if (consumed == 0 && n < BLOCK) {
                    break; // a partial last line: indexed once its newline arrives
                }
                if (consumed == 0) {
                    // a line longer than a block: index it as one line, cut in text()
                    add(pos, LevelSniffer.sniff(block, 0, n));
                    pos = skipPastNewline(pos + n, fileSize);
                    indexedTo = pos;
                    continue;
                }
                pos += consumed;
                indexedTo = pos;
            }
            return size != before;
        } catch (IOException e) {
            return false;
        }
    }

    private int indexBlock(long base, int n) {
        int s = 0;
        int nl;
        while ((nl = Bytes.indexOf(block, s, n, (byte) '\n')) >= 0) {
            add(base + s, LevelSniffer.sniff(block, s, nl));
            s = nl + 1;
        }
        return s;
    }

    private long skipPastNewline(long pos, long fileSize) throws IOException {
        while (pos < fileSize) {
            int n = channel.read(ByteBuffer.wrap(block), pos);
            if (n <= 0) {
                return fileSize;
            }
            int nl = Bytes.indexOf(block, 0, n, (byte) '\n');
            if (nl >= 0) {
                return pos + nl + 1;
            }
            pos += n;
        }
        return pos;
    }

    private void add(long offset, byte level) {
        int i = size;
        int c = i / CHUNK;
        if (c == offsets.length) {
            offsets = Arrays.copyOf(offsets, c + 1);
            levels = Arrays.copyOf(levels, c + 1);
            offsets[c] = new long[CHUNK];
            levels[c] = new byte[CHUNK];
        }
        if (level == LevelSniffer.CONTINUATION || level == LevelSniffer.NONE) {
            level = entryLevel; // frames, "Caused by", an exception line: part of the entry above
        } else {
            entryLevel = level;
        }
        offsets[c][i % CHUNK] = offset;
        levels[c][i % CHUNK] = level;
        size = i + 1;
    }

    private long offset(int i) {
        return offsets[i / CHUNK][i % CHUNK];
    }

    @Override
    public synchronized String text(int index) {
        long from = offset(index);
        long to = index + 1 < size ? offset(index + 1) - 1 : indexedTo - 1;
        int len = (int) Math.min(Math.max(0, to - from), MAX_TEXT);
        if (from < windowStart || from + len > windowStart + windowLength) {
            if (!fillWindow(from, len)) {
                return "[cannot read " + path + "]";
            }
        }
        int start = (int) (from - windowStart);
        int end = start + len;
        if (end > start && window[end - 1] == '\r') {
            end--;
        }
        String s = new String(window, start, end - start, StandardCharsets.UTF_8);
        return to - from > MAX_TEXT ? s + " [sightline: line cut for display]" : s;
    }

    /** Reads a window from {@code from}: a filter or a scroll reads lines in order, one read per window. */
    private boolean fillWindow(long from, int atLeast) {
        ByteBuffer buf = ByteBuffer.wrap(window, 0, Math.max(atLeast, Math.min(window.length, WINDOW)));
        try {
            while (buf.hasRemaining() && channel.read(buf, from + buf.position()) > 0) {
                // read until full or end of file
            }
        } catch (IOException e) {
            windowLength = 0;
            return false;
        }
        windowStart = from;
        windowLength = buf.position();
        return windowLength >= atLeast;
    }

    @Override
    public Severity level(int index) {
        return LevelSniffer.severity(levels[index / CHUNK][index % CHUNK]);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
