package io.sightline.source.log;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Picks a format by parsing a sample of the first lines with every candidate and keeping the one that
 * recognises most of them (ties go to the earlier candidate in {@link LogFormat#DETECTABLE}). When nothing
 * recognises a single line the source is {@link LogFormat#RAW}: every line is kept and counted as unrecognised.
 */
public final class FormatDetector {
    public static final int SAMPLE_LINES = 50;

    private FormatDetector() {
    }

    public static LogFormat detect(List<String> sample) {
        LogFormat best = LogFormat.RAW;
        long bestScore = 0;
        for (LogFormat f : LogFormat.DETECTABLE) {
            long score = score(f, sample);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }

    /** Lines of the sample that start an entry in format {@code f} (continuations and raw lines do not count). */
    static long score(LogFormat f, List<String> sample) {
        LogStats stats = new LogStats();
        ParseContext ctx = new ParseContext(ZoneOffset.UTC, Duration.ZERO, LocalDate.of(2000, 1, 1),
                java.time.Clock.systemUTC(), stats);
        LineParser p = f.newParser(ctx);
        LogSink discard = new DiscardingSink();
        for (String line : sample) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            p.line(b, 0, b.length, discard);
        }
        p.flush(discard);
        LogStats.Snapshot s = stats.snapshot();
        return s.parsed();
    }

    private static final class DiscardingSink implements LogSink {
        @Override
        public void request(long timeMillis, int status, long latencyMicros) {
        }

        @Override
        public void record(LogRecord record) {
        }

        @Override
        public void gcPause(long timeMillis, double pauseMillis, String kind, String text) {
        }

        @Override
        public void raw(long timeMillis, String text, String reason) {
        }
    }
}
