package io.sightline.capture;

import io.sightline.capture.codec.ChunkCodec;
import io.sightline.capture.codec.ChunkSummary;
import io.sightline.capture.codec.ValueEncoding;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The chunk being filled for one series, and its place in the file.
 *
 * <p>Crash safety with little rewriting: while a chunk fills, its samples are stored as small <em>segments</em>
 * of at most {@link #SEGMENT} samples, rows with {@code sealed = 0} and consecutive {@code seq}. Each flush
 * rewrites only the newest segment (a few hundred bytes) in place; a full segment is left as it is and the next
 * one begins. When the chunk is complete ({@link #CAPACITY} samples, {@link #MAX_SPAN_MILLIS}, or about a page of
 * bytes) its segments are replaced, in the same transaction, by one sealed chunk with the first segment's
 * {@code seq}. A crash therefore leaves sealed chunks followed by the segments of the chunk that was filling — all
 * valid chunks in {@code seq} order, which readers read alike.
 *
 * <p>Why segments rather than rewriting the whole open chunk each flush: SQLite writes whole 4 KiB pages to the
 * log, and 40 open chunks of up to a page each cost 40 pages per flush; 40 small segments share a few pages.
 */
final class SeriesRecorder {
    static final int CAPACITY = 4096;
    static final int SEGMENT = 256;
    static final long MAX_SPAN_MILLIS = 15 * 60_000L;
    /**
     * A chunk is also sealed before its encoded bytes outgrow one SQLite page (4096 bytes, of which a row may use
     * 4061): rows of about a page each fill pages almost completely, where rows of half a page and a bit would
     * waste nearly half of every page.
     */
    static final int BYTE_BUDGET = 3800;

    private final long seriesRowId;
    private final ValueEncoding encoding;
    private final long[] times = new long[CAPACITY];
    private final double[] values = new double[CAPACITY];
    private int count;
    /** The chunk's seq; its segments use seq, seq + 1, ... */
    private long seq;
    /** Row ids of the chunk's stored segments, the open one last (0 while not yet stored). */
    private final List<Long> segmentRows = new ArrayList<>();
    private int segmentStart;
    private boolean dirty;
    private long samplesSealed;

    SeriesRecorder(long seriesRowId, ValueEncoding encoding) {
        this.seriesRowId = seriesRowId;
        this.encoding = encoding;
    }

    /** Adds a sample, first sealing the chunk into {@code file} when it is full, spans too long or nears a page. */
    void add(long time, double value, CaptureFile file) throws SQLException {
        if (count == CAPACITY || (count > 0 && time - times[0] > MAX_SPAN_MILLIS) || nearByteBudget()) {
            seal(file);
        } else if (count - segmentStart == SEGMENT) {
            writeSegment(file); // the full segment's final form; the next sample opens a new one
            segmentStart = count;
            segmentRows.add(0L);
        }
        if (segmentRows.isEmpty()) {
            segmentRows.add(0L);
        }
        times[count] = time;
        values[count] = value;
        count++;
        dirty = true;
    }

    /** Every {@link #SEGMENT} samples: would the next ones (at the rate so far) push the chunk past the budget? */
    private boolean nearByteBudget() {
        if (count == 0 || count % SEGMENT != 0) {
            return false;
        }
        int size = ChunkCodec.encode(times, values, 0, count, encoding).length;
        return (long) size * (count + SEGMENT) / count > BYTE_BUDGET;
    }

    /** Stores the open segment if it changed since the last flush. */
    void flush(CaptureFile file) throws SQLException {
        if (dirty) {
            writeSegment(file);
        }
    }

    /** Replaces the chunk's segments by one sealed chunk. */
    void seal(CaptureFile file) throws SQLException {
        if (count == 0) {
            return;
        }
        for (long row : segmentRows) {
            if (row != 0) {
                file.deleteChunk(row);
            }
        }
        file.writeChunk(0, seriesRowId, encode(seq, 0, count, true));
        samplesSealed += count;
        seq++;
        count = 0;
        segmentStart = 0;
        segmentRows.clear();
        dirty = false;
    }

    private void writeSegment(CaptureFile file) throws SQLException {
        int open = segmentRows.size() - 1;
        long row = file.writeChunk(segmentRows.get(open), seriesRowId,
                encode(seq + open, segmentStart, count - segmentStart, false));
        segmentRows.set(open, row);
        dirty = false;
    }

    private EncodedChunk encode(long chunkSeq, int from, int n, boolean sealed) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < from + n; i++) {
            if (!Double.isNaN(values[i])) {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
        }
        return new EncodedChunk(chunkSeq, times[from], times[from + n - 1], n, min, max, sealed,
                ChunkCodec.encode(times, values, from, n, encoding), ChunkSummary.encode(times, values, from, n));
    }

    /** Samples stored so far, counting the chunk being filled. */
    long samplesStored() {
        return samplesSealed + count;
    }
}
