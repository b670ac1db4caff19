package io.sightline.capture;

import io.sightline.capture.codec.ChunkCodec;
import io.sightline.capture.codec.ChunkSummary;
import io.sightline.capture.codec.ValueEncoding;

import java.sql.SQLException;

/**
 * The chunk being filled for one series, and its place in the file.
 *
 * <p>Crash safety without merging: the open chunk is stored on every flush as a row marked {@code sealed = 0}
 * and rewritten in place (same row id) on the next flush with the samples that arrived since; when it holds
 * {@link #CAPACITY} samples or spans {@link #MAX_SPAN_MILLIS} it is written one last time as sealed and a new
 * chunk begins. A crash therefore leaves every sealed chunk plus the open chunk as of the last commit, and a
 * reader treats both alike. The cost is rewriting at most one small chunk (a few KiB) per series per flush.
 */
final class SeriesRecorder {
    static final int CAPACITY = 2048;
    static final long MAX_SPAN_MILLIS = 15 * 60_000L;

    private final long seriesRowId;
    private final ValueEncoding encoding;
    private final long[] times = new long[CAPACITY];
    private final double[] values = new double[CAPACITY];
    private int count;
    private long seq;
    private long rowId;
    private boolean dirty;
    private long samplesWritten;

    SeriesRecorder(long seriesRowId, ValueEncoding encoding) {
        this.seriesRowId = seriesRowId;
        this.encoding = encoding;
    }

    /** Adds a sample, first sealing the chunk into {@code file} when it is full or spans too long. */
    void add(long time, double value, CaptureFile file) throws SQLException {
        if (count == CAPACITY || (count > 0 && time - times[0] > MAX_SPAN_MILLIS)) {
            write(file, true);
        }
        times[count] = time;
        values[count] = value;
        count++;
        dirty = true;
    }

    /** Stores the open chunk if it changed since the last flush. */
    void flush(CaptureFile file) throws SQLException {
        if (dirty) {
            write(file, false);
        }
    }

    /** Stores the open chunk as final (on close). */
    void seal(CaptureFile file) throws SQLException {
        if (count > 0) {
            write(file, true);
        }
    }

    long samplesWritten() {
        return samplesWritten;
    }

    private void write(CaptureFile file, boolean sealed) throws SQLException {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            min = Math.min(min, Double.isNaN(values[i]) ? min : values[i]);
            max = Math.max(max, Double.isNaN(values[i]) ? max : values[i]);
        }
        EncodedChunk chunk = new EncodedChunk(seq, times[0], times[count - 1], count, min, max, sealed,
                ChunkCodec.encode(times, values, 0, count, encoding), ChunkSummary.encode(times, values, 0, count));
        rowId = file.writeChunk(rowId, seriesRowId, chunk);
        dirty = false;
        if (sealed) {
            samplesWritten += count;
            count = 0;
            seq++;
            rowId = 0;
        }
    }

    /** Samples stored so far, counting the open chunk. */
    long samplesStored() {
        return samplesWritten + count;
    }
}
