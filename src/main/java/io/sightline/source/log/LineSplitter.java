package io.sightline.source.log;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a byte stream into lines without copying complete lines out of the read buffer. A partial line at the
 * end of a block is carried to the next; a line over {@link #MAX_LINE} bytes is cut there with a marker and
 * counted, and the rest of it skipped, so one runaway line cannot exhaust memory.
 */
final class LineSplitter {
    static final int MAX_LINE = 1 << 20;
    static final byte[] CUT_MARKER = " [sightline: line over 1 MiB cut here]".getBytes(StandardCharsets.US_ASCII);

    interface Handler {
        void line(byte[] buf, int start, int end);
    }

    private final LogStats stats;
    private byte[] carry = new byte[4096];
    private int carryLen;
    private boolean skipping;

    LineSplitter(LogStats stats) {
        this.stats = stats;
    }

    void feed(byte[] buf, int off, int len, Handler h) {
        int i = off;
        int end = off + len;
        if (skipping) {
            int nl = Bytes.indexOf(buf, i, end, (byte) '\n');
            if (nl < 0) {
                return;
            }
            skipping = false;
            i = nl + 1;
        }
        if (carryLen > 0) {
            int nl = Bytes.indexOf(buf, i, end, (byte) '\n');
            if (nl < 0) {
                appendCarry(buf, i, end, h);
                return;
            }
            appendCarry(buf, i, nl, h);
            if (!skipping) {
                emit(carry, 0, carryLen, h);
            }
            skipping = false;
            carryLen = 0;
            i = nl + 1;
        }
        int nl;
        while ((nl = Bytes.indexOf(buf, i, end, (byte) '\n')) >= 0) {
            if (nl - i > MAX_LINE) {
                emitCut(buf, i, h);
            } else {
                emit(buf, i, nl, h);
            }
            i = nl + 1;
        }
        if (i < end) {
            appendCarry(buf, i, end, h);
        }
    }

    /** Emits a last line that has no terminator (end of a file that is finished, or a rotated one). */
    void finish(Handler h) {
        if (carryLen > 0 && !skipping) {
            emit(carry, 0, carryLen, h);
        }
        carryLen = 0;
        skipping = false;
    }

    boolean hasPartialLine() {
        return carryLen > 0;
    }

    /** Forgets a partial line (the file was truncated under it). */
    void reset() {
        carryLen = 0;
        skipping = false;
    }

    private void appendCarry(byte[] buf, int from, int to, Handler h) {
        if (skipping) {
            return;
        }
        int n = to - from;
        if (carryLen + n > MAX_LINE) {
            byte[] joined = Arrays.copyOf(carry, MAX_LINE);
            System.arraycopy(buf, from, joined, carryLen, MAX_LINE - carryLen);
            emitCut(joined, 0, h);
            carryLen = 0;
            skipping = true;
            return;
        }
        if (carryLen + n > carry.length) {
            carry = Arrays.copyOf(carry, Math.max(carry.length * 2, carryLen + n));
        }
        System.arraycopy(buf, from, carry, carryLen, n);
        carryLen += n;
    }

    private void emitCut(byte[] buf, int from, Handler h) {
        stats.oversized();
        byte[] cut = new byte[MAX_LINE + CUT_MARKER.length];
        System.arraycopy(buf, from, cut, 0, MAX_LINE);
        System.arraycopy(CUT_MARKER, 0, cut, MAX_LINE, CUT_MARKER.length);
        h.line(cut, 0, cut.length);
    }

    private static void emit(byte[] buf, int start, int end, Handler h) {
        if (end > start && buf[end - 1] == '\r') {
            end--;
        }
        h.line(buf, start, end);
    }
}
