package io.sightline.source.log;

import java.util.Map;
import java.util.TreeMap;

/**
 * What became of every line of one source, so nothing is dropped silently: parsed (an entry's first line),
 * continuation (kept inside an entry), raw (kept with a reason). Written by the source's thread only; the
 * per-line counters are plain fields (a lock per line costs more than parsing an access-log line), so a
 * {@link #snapshot()} from another thread may be a few lines behind, never wrong once the source is idle.
 */
public final class LogStats {
    private long lines;
    private long parsed;
    private long continuation;
    private long invalidUtf8;
    private long oversized;
    private long late;
    private final Map<String, Long> rawByReason = new TreeMap<>();
    private final Map<String, Long> gcPausesByKind = new TreeMap<>();

    void line() {
        lines++;
    }

    void parsed() {
        parsed++;
    }

    void continuation() {
        continuation++;
    }

    synchronized void raw(String reason) {
        rawByReason.merge(reason, 1L, Long::sum);
    }

    synchronized void invalidUtf8() {
        invalidUtf8++;
    }

    synchronized void oversized() {
        oversized++;
    }

    synchronized void late() {
        late++;
    }

    synchronized void gcPause(String kind) {
        gcPausesByKind.merge(kind, 1L, Long::sum);
    }

    synchronized void add(LogStats other) {
        Snapshot o = other.snapshot();
        lines += o.lines();
        parsed += o.parsed();
        continuation += o.continuation();
        invalidUtf8 += o.invalidUtf8();
        oversized += o.oversized();
        late += o.late();
        o.rawByReason().forEach((k, v) -> rawByReason.merge(k, v, Long::sum));
        o.gcPausesByKind().forEach((k, v) -> gcPausesByKind.merge(k, v, Long::sum));
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(lines, parsed, continuation, Map.copyOf(rawByReason), invalidUtf8, oversized, late,
                Map.copyOf(gcPausesByKind));
    }

    /**
     * @param lines         every line read
     * @param parsed        lines that started an entry (a request, a log entry, a GC event)
     * @param continuation  lines kept inside the previous entry (stack traces, GC detail lines)
     * @param rawByReason   lines kept as raw events, by reason
     * @param invalidUtf8   lines with invalid UTF-8 (decoded with U+FFFD, still counted above)
     * @param oversized     lines over 1 MiB, cut with a marker
     * @param late          entries older than the watermark, so missing from final derived series
     * @param gcPausesByKind GC pauses by kind
     */
    public record Snapshot(long lines, long parsed, long continuation, Map<String, Long> rawByReason,
                           long invalidUtf8, long oversized, long late, Map<String, Long> gcPausesByKind) {
        public long raw() {
            return rawByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        public long gcPauses() {
            return gcPausesByKind.values().stream().mapToLong(Long::longValue).sum();
        }

        /** One line for status bars and the CLI's stderr summary. */
        public String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append(lines).append(" lines: ").append(parsed).append(" parsed, ").append(continuation)
                    .append(" continuation, ").append(raw()).append(" raw");
            if (!rawByReason.isEmpty()) {
                sb.append(' ').append(new TreeMap<>(rawByReason));
            }
            if (!gcPausesByKind.isEmpty()) {
                sb.append(", GC pauses ").append(new TreeMap<>(gcPausesByKind));
            }
            if (invalidUtf8 > 0) {
                sb.append(", ").append(invalidUtf8).append(" with invalid UTF-8");
            }
            if (oversized > 0) {
                sb.append(", ").append(oversized).append(" over 1 MiB cut");
            }
            if (late > 0) {
                sb.append(", ").append(late).append(" behind the watermark");
            }
            return sb.toString();
        }
    }
}
