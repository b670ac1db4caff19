package io.sightline.source.log;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, and helpers to push text through a pipeline. */
final class Collecting implements LogSink {
    record Request(long time, int status, long latencyMicros) {
    }

    record Pause(long time, double ms, String kind) {
    }

    record Raw(long time, String text, String reason) {
    }

    final List<Request> requests = new ArrayList<>();
    final List<LogRecord> records = new ArrayList<>();
    final List<Pause> pauses = new ArrayList<>();
    final List<Raw> raws = new ArrayList<>();
    final LogStats stats = new LogStats();
    LogPipeline pipeline;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-15T12:00:00Z"), ZoneId.of("UTC"));

    static Collecting parse(LogFormat format, String text) {
        return parse(format, ZoneId.of("UTC"), Duration.ZERO, text);
    }

    static Collecting parse(LogFormat format, ZoneId zone, Duration offset, String text) {
        Collecting c = new Collecting();
        c.pipeline = new LogPipeline(new ParseContext(zone, offset, LocalDate.of(2024, 1, 15), CLOCK, c.stats), format, c);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        c.pipeline.feed(b, 0, b.length);
        c.pipeline.endOfInput();
        return c;
    }

    @Override
    public void request(long timeMillis, int status, long latencyMicros) {
        requests.add(new Request(timeMillis, status, latencyMicros));
    }

    @Override
    public void record(LogRecord record) {
        records.add(record);
    }

    @Override
    public void gcPause(long timeMillis, double pauseMillis, String kind, String text) {
        pauses.add(new Pause(timeMillis, pauseMillis, kind));
    }

    @Override
    public void raw(long timeMillis, String text, String reason) {
        raws.add(new Raw(timeMillis, text, reason));
    }

    static long t(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }
}
