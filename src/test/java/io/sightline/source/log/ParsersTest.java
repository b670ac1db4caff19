package io.sightline.source.log;

import io.sightline.series.Severity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static io.sightline.source.log.Collecting.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsersTest {
    @Test
    void detectsEveryFormatFromASample() {
        assertThat(detect(Samples.COMBINED_MICROS + Samples.NGINX_SECONDS + Samples.COMMON)).isEqualTo(LogFormat.ACCESS);
        assertThat(detect(Samples.LOGBACK)).isEqualTo(LogFormat.LOGBACK);
        assertThat(detect(Samples.SPRING_BOOT_2 + Samples.SPRING_BOOT_3 + Samples.SPRING_BOOT_32_APP))
                .isEqualTo(LogFormat.SPRING_BOOT);
        assertThat(detect(Samples.LOG4J)).isEqualTo(LogFormat.LOG4J);
        assertThat(detect(Samples.JSON_LOGSTASH + Samples.JSON_ECS)).isEqualTo(LogFormat.JSON);
        assertThat(detect(Samples.GC_UNIFIED)).isEqualTo(LogFormat.GC);
        assertThat(detect(Samples.GC_JDK8_PARALLEL)).isEqualTo(LogFormat.GC);
        assertThat(detect("hello\nworld\n")).isEqualTo(LogFormat.RAW);
    }

    private static LogFormat detect(String text) {
        return FormatDetector.detect(List.of(text.split("\n")));
    }

    @Test
    void accessLogRequestTimeInEveryUnitAndZone() {
        Collecting c = Collecting.parse(null, Samples.COMBINED_MICROS + Samples.NGINX_SECONDS + Samples.COMMON);
        assertThat(c.requests).containsExactly(
                new Collecting.Request(t("2023-10-10T20:55:36Z"), 200, 1_234_567),   // %D µs, -0700
                new Collecting.Request(t("2024-01-15T09:00:01Z"), 503, 250_000),     // nginx seconds, +0100
                new Collecting.Request(t("2024-01-15T10:00:02Z"), 404, -1));        // common, no time
        Collecting ms = Collecting.parse(LogFormat.ACCESS_MS, Samples.COMBINED_MICROS);
        assertThat(ms.requests.get(0).latencyMicros()).isEqualTo(1_234_567_000L);
    }

    @Test
    void accessLogBadLinesKeptWithReason() {
        Collecting c = Collecting.parse(LogFormat.ACCESS, "garbage line\n"
                + "1.2.3.4 - - [15/Foo/2024:10:00:00 +0000] \"GET / HTTP/1.1\" 200 1\n"
                + "1.2.3.4 - - [15/Jan/2024:10:00:00 +0000] GET / 200 1\n"
                + "1.2.3.4 - - [15/Jan/2024:10:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"cut short\n");
        assertThat(c.requests).isEmpty();
        assertThat(c.raws).extracting(Collecting.Raw::reason).containsExactly(AccessLogParser.REASON_NO_TIME,
                AccessLogParser.REASON_NO_TIME, AccessLogParser.REASON_NO_REQUEST, AccessLogParser.REASON_UNTERMINATED);
    }

    @Test
    void logbackHeadersReadFromBytesMatchTheDecodedOnesAcrossHoursAndZones() {
        // ASCII headers take the byte path (hour cached), the one with 'é' the decoding path: same fields either way
        String text = "2024-03-31 01:59:59.999 [main] INFO  a.B - before the clocks change\n"
                + "2024-03-31 03:00:00.000 [main] WARN  a.B -  after  \n"
                + "2024-03-31 01:59:59.998 [main] INFO  a.B - late, the hour before\n"
                + "2024-03-31 03:00:00,001 [main] ERROR a.B - caf\u00e9\n"
                + "2024-03-31T03:00:00.002+02:00 [main] DEBUG  a.b.C   - written with its offset\n";
        Collecting c = Collecting.parse(LogFormat.LOGBACK, ZoneId.of("Europe/Paris"), Duration.ZERO, text);
        assertThat(c.records).extracting(LogRecord::timeMillis).containsExactly(t("2024-03-31T00:59:59.999Z"),
                t("2024-03-31T01:00:00Z"), t("2024-03-31T00:59:59.998Z"), t("2024-03-31T01:00:00.001Z"),
                t("2024-03-31T01:00:00.002Z"));
        assertThat(c.records).extracting(LogRecord::level).containsExactly("INFO", "WARN", "INFO", "ERROR", "DEBUG");
        assertThat(c.records).extracting(LogRecord::logger).containsOnly("a.B", "a.b.C");
        assertThat(c.records).extracting(LogRecord::message).containsExactly("before the clocks change", " after  ",
                "late, the hour before", "caf\u00e9", "written with its offset");
    }

    @Test
    void logbackStackTraceIsOneEntry() {
        Collecting c = Collecting.parse(null, Samples.LOGBACK);
        assertThat(c.pipeline.format()).isEqualTo(LogFormat.LOGBACK);
        assertThat(c.records).hasSize(2);
        LogRecord r = c.records.get(0);
        assertThat(r.timeMillis()).isEqualTo(t("2024-01-15T10:23:45.123Z")); // time-only layout: the source's date
        assertThat(r.level()).isEqualTo("ERROR");
        assertThat(r.thread()).isEqualTo("http-nio-8080-exec-1");
        assertThat(r.logger()).isEqualTo("c.e.shop.CheckoutService");
        assertThat(r.message()).isEqualTo("checkout failed");
        assertThat(r.exceptionLines()).startsWith("java.sql.SQLTransientConnectionException")
                .doesNotContain("\tat ").doesNotContain("common frames");
        assertThat(r.frames()).isEqualTo(3);
        assertThat(r.exceptionClass()).isEqualTo("java.sql.SQLTransientConnectionException");
        assertThat(c.stats.snapshot().continuation()).isEqualTo(4);
        assertThat(c.stats.snapshot().parsed()).isEqualTo(2);
    }

    @Test
    void springBootLayoutsAndZones() {
        Collecting c = Collecting.parse(null, ZoneId.of("Europe/Berlin"), Duration.ZERO,
                Samples.SPRING_BOOT_2 + Samples.SPRING_BOOT_3 + Samples.SPRING_BOOT_32_APP);
        assertThat(c.records).hasSize(3);
        // Boot 2 prints no offset: the source's zone (Berlin, UTC+1 in December)
        assertThat(c.records.get(0).timeMillis()).isEqualTo(t("2020-12-28T07:23:35.766Z"));
        assertThat(c.records.get(0).thread()).isEqualTo("Hikari housekeeper");
        assertThat(c.records.get(0).logger()).isEqualTo("com.zaxxer.hikari.pool.HikariPool");
        assertThat(c.records.get(0).message()).isEqualTo("Hikari - Pool stats (total=5, active=0, idle=5, waiting=0)");
        // Boot 3 prints the offset: it wins over the zone
        assertThat(c.records.get(1).timeMillis()).isEqualTo(t("2025-02-28T12:08:47.957Z"));
        assertThat(c.records.get(1).severity()).isEqualTo(Severity.WARN);
        assertThat(c.records.get(2).thread()).isEqualTo("main");
        assertThat(c.records.get(2).logger()).isEqualTo("o.s.b.w.embedded.tomcat.TomcatWebServer");
    }

    @Test
    void clockOffsetShiftsEveryTimestamp() {
        Collecting c = Collecting.parse(LogFormat.LOG4J, ZoneId.of("UTC"), Duration.ofSeconds(3), Samples.LOG4J);
        assertThat(c.records.get(0).timeMillis()).isEqualTo(t("2016-12-20T00:00:39.888Z"));
        assertThat(c.records.get(0).logger()).isEqualTo("kafka.log.Log");
        assertThat(c.records.get(0).message()).isEqualTo("Deleting segment 912806 from log test-1.");
    }

    @Test
    void jsonLinesLogstashAndEcs() {
        Collecting c = Collecting.parse(null, Samples.JSON_LOGSTASH + Samples.JSON_ECS);
        assertThat(c.records).hasSize(2);
        LogRecord a = c.records.get(0);
        assertThat(a.timeMillis()).isEqualTo(t("2024-01-15T09:00:00.123Z"));
        assertThat(a.level()).isEqualTo("ERROR");
        assertThat(a.logger()).isEqualTo("c.e.Checkout");
        assertThat(a.exceptionClass()).isEqualTo("java.net.SocketTimeoutException");
        LogRecord b = c.records.get(1);
        assertThat(b.level()).isEqualTo("WARN");
        assertThat(b.logger()).isEqualTo("c.e.Repo");
        assertThat(b.exceptionLines()).isEqualTo("java.sql.SQLException: FATAL: sorry, too many clients already");
        assertThat(b.frames()).isEqualTo(1);
    }

    @Test
    void unifiedGcPausesOfEveryKindAndNoConcurrentPhase() {
        Collecting c = Collecting.parse(null, Samples.GC_UNIFIED);
        assertThat(c.pauses).containsExactly(
                new Collecting.Pause(t("2024-01-15T10:00:00.105Z"), 4.567, "young"),
                new Collecting.Pause(t("2024-01-15T10:00:01Z"), 2.0, "initial-mark"),
                new Collecting.Pause(t("2024-01-15T10:00:01.500Z"), 1.25, "remark"),
                new Collecting.Pause(t("2024-01-15T10:00:01.600Z"), 0.05, "cleanup"),
                new Collecting.Pause(t("2024-01-15T10:00:02Z"), 6.0, "mixed"),
                new Collecting.Pause(t("2024-01-15T10:00:03Z"), 120.5, "full"));
        assertThat(c.records).hasSize(3); // gc,start; phases; the concurrent cycle
        assertThat(c.raws).isEmpty();
    }

    @Test
    void uptimeOnlyGcLogTakesItsWallClockFromTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // -Xlog:gc* with its default decorators (uptime, level, tags): no wall clock in the lines
        java.nio.file.Path gc = dir.resolve("gc.log");
        java.nio.file.Files.writeString(gc, "[0.012s][info][gc] Using G1\n"
                + "[5.500s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->4M(256M) 3.000ms\n"
                + "[65.000s][info][gc] GC(1) Pause Full (G1 Compaction Pause) 200M->50M(256M) 250.000ms\n");
        long mtime = t("2024-01-15T10:01:05Z"); // written by the last line, at uptime 65 s
        java.nio.file.Files.setLastModifiedTime(gc, java.nio.file.attribute.FileTime.fromMillis(mtime));
        LogFileReader.Result r = LogFileReader.read(gc, "gc", null, ParseContext.defaults(new LogStats()), 1000, 1,
                LogFileReader.IGNORE, null);
        assertThat(r.format()).isEqualTo(LogFormat.GC);
        assertThat(r.stats().gcPausesByKind()).containsEntry("young", 1L).containsEntry("full", 1L);
        // JVM start = 10:00:00; the young pause at 5.5 s, the full one at 65 s
        assertThat(r.buckets()).filteredOn(b -> b.gcPauses() > 0).extracting(BucketValues::start)
                .containsExactly(t("2024-01-15T10:00:05Z"), t("2024-01-15T10:01:05Z"));
    }

    @Test
    void jdk8ParallelCollectorPauses() {
        Collecting c = Collecting.parse(null, Samples.GC_JDK8_PARALLEL);
        assertThat(c.pauses).containsExactly(new Collecting.Pause(t("2024-01-15T10:00:00Z"), 6.192, "young"),
                new Collecting.Pause(t("2024-01-15T10:00:05Z"), 45.6789, "full"));
    }

    @Test
    void regexEscapeHatchWithNamedGroups() {
        LogFormat f = LogFormat.parse("regex:^(?<time>\\S+ \\S+) <(?<level>\\w+)> (?<message>.*)$");
        Collecting c = Collecting.parse(f, "2024-01-15 10:00:00,500 <WARN> disk almost full\nnot matching\n");
        assertThat(c.records).singleElement().satisfies(r -> {
            assertThat(r.timeMillis()).isEqualTo(t("2024-01-15T10:00:00.500Z"));
            assertThat(r.level()).isEqualTo("WARN");
            assertThat(r.message()).isEqualTo("disk almost full");
        });
        assertThat(c.raws).extracting(Collecting.Raw::reason).containsExactly(EntryParser.REASON_NO_HEADER);
        LogFormat access = LogFormat.parse("regex:^(?<time>\\d+) (?<status>\\d{3}) (?<latencyMs>[\\d.]+)$");
        assertThat(Collecting.parse(access, "1705312800 502 12.5\n").requests)
                .containsExactly(new Collecting.Request(t("2024-01-15T10:00:00Z"), 502, 12_500));
        assertThatThrownBy(() -> LogFormat.parse("regex:(?<message>.*)").newParser(ParseContext.defaults(new LogStats())))
                .hasMessageContaining("(?<time>");
        assertThatThrownBy(() -> LogFormat.parse("yaml")).hasMessageContaining("unknown log format 'yaml'");
    }
}
