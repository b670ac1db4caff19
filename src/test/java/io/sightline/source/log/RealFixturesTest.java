package io.sightline.source.log;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every line of the real logs in shared/fixtures/real-logs is accounted for. Each expected number is checked
 * against an independent count; the command that produced it is in the comment beside it.
 */
class RealFixturesTest {
    private final List<Event> events = new ArrayList<>();

    private LogFileReader.Result read(String name, long bucketMillis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ParseContext ctx = new ParseContext(ZoneOffset.UTC, Duration.ZERO, LocalDate.of(2016, 12, 20),
                    Clock.systemUTC(), new LogStats());
            Path file = Fixtures.realLog(name);
            return LogFileReader.read(file, name, null, ctx, bucketMillis, 2, events::add, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void apacheCombinedEveryLineAccountedFor() throws Exception {
        LogFileReader.Result r = read("apache-combined-10k.log", 3_600_000);
        assertThat(r.format()).isEqualTo(LogFormat.ACCESS);
        LogStats.Snapshot s = r.stats();
        // wc -l apache-combined-10k.log -> 10000
        assertThat(s.lines()).isEqualTo(10_000);
        // grep -Ec '^[^ ]+ [^ ]+ [^ ]+ \[[^]]+\] "[^"]*" [0-9]{3} ([0-9]+|-) "[^"]*" "[^"]*"$' apache-combined-10k.log -> 9999
        assertThat(s.parsed()).isEqualTo(9_999);
        // the one other line (grep -Ev ... | head) ends inside its user agent: "...+http://www.google.com/bot.html
        assertThat(s.rawByReason()).containsExactly(Map.entry(AccessLogParser.REASON_UNTERMINATED, 1L));
        assertThat(s.continuation()).isZero();
        // awk '$9 >= 500' apache-combined-10k.log | wc -l -> 3
        assertThat(r.buckets().stream().mapToLong(BucketValues::c5xx).sum()).isEqualTo(3);
        // awk '$9 >= 400 && $9 < 500' apache-combined-10k.log | wc -l -> 217
        assertThat(r.buckets().stream().mapToLong(BucketValues::c4xx).sum()).isEqualTo(217);
        assertThat(r.buckets().stream().mapToLong(BucketValues::requests).sum()).isEqualTo(9_999);
        // head -1 -> [17/May/2015:10:05:03 +0000]; tail -1 -> [20/May/2015:21:05:15 +0000]: 84 hours from 10:00
        assertThat(r.buckets()).hasSize(84);
        assertThat(r.buckets().get(0).start()).isEqualTo(java.time.Instant.parse("2015-05-17T10:00:00Z").toEpochMilli());
        assertThat(events).filteredOn(e -> e.kind().equals(EventKinds.LOG_UNPARSED)).singleElement()
                .satisfies(e -> assertThat(e.text()).startsWith("46.118.127.106 - - [20/May/2015:12:05:17 +0000]"));
    }

    @Test
    void jdk8G1GcLogPausesOfEveryKind() throws Exception {
        LogFileReader.Result r = read("jdk8-g1-gc.log", 3_600_000);
        assertThat(r.format()).isEqualTo(LogFormat.GC);
        LogStats.Snapshot s = r.stats();
        // wc -l -> 20596
        assertThat(s.lines()).isEqualTo(20_596);
        // grep -c '^ ' jdk8-g1-gc.log -> 19796 (indented detail lines of the event above them)
        assertThat(s.continuation()).isEqualTo(19_796);
        // grep -vc '^ ' jdk8-g1-gc.log -> 800 = 771 pauses + 26 concurrent phases + 3 JVM header lines
        assertThat(s.parsed()).isEqualTo(800);
        assertThat(s.raw()).isZero();
        assertThat(s.gcPausesByKind()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "young", 740L,        // grep -Ec '\[GC pause \(.*\) \(young\), ' -> 740
                "mixed", 16L,         // grep -c '(mixed)' -> 16
                "initial-mark", 5L,   // grep -c '(initial-mark)' -> 5
                "remark", 5L,         // grep -c '\[GC remark' -> 5
                "cleanup", 5L));      // grep -c '\[GC cleanup' -> 5
        assertThat(r.buckets().stream().mapToLong(BucketValues::gcPauses).sum()).isEqualTo(771);
        // grep -v '^ ' | grep -v concurrent | awk 'match($0, /.*, [0-9.]+ secs\]/) {s=substr($0,1,RLENGTH);
        //   sub(/.*, /,"",s); sub(/ secs\]/,"",s); if (s+0>m) m=s+0} END{print m}' -> 0.387475 (0.3874752 in the file)
        assertThat(r.buckets().stream().mapToDouble(b -> Double.isNaN(b.gcPauseMax()) ? 0 : b.gcPauseMax()).max()
                .orElseThrow()).isEqualTo(387.4752, org.assertj.core.data.Offset.offset(1e-6));
        // the first pause: 2016-12-19T16:31:46.725+0100 is 15:31 UTC
        assertThat(r.buckets().get(0).start()).isEqualTo(java.time.Instant.parse("2016-12-19T15:00:00Z").toEpochMilli());
    }

    @Test
    void kafkaLog4jEveryLineAnEntry() throws Exception {
        LogFileReader.Result r = read("kafka-server-log4j.log", 60_000);
        assertThat(r.format()).isEqualTo(LogFormat.LOG4J);
        LogStats.Snapshot s = r.stats();
        // grep -Ec '^\[[0-9-]+ [0-9:,]+\] (INFO|WARN|ERROR|DEBUG|TRACE) .* \([^)]*\)$' kafka-server-log4j.log -> 60
        assertThat(s.lines()).isEqualTo(60);
        assertThat(s.parsed()).isEqualTo(60);
        assertThat(s.raw()).isZero();
        assertThat(s.continuation()).isZero();
        assertThat(r.buckets().stream().mapToLong(BucketValues::entries).sum()).isEqualTo(60);
        assertThat(events).isEmpty(); // awk '{print $3}' | sort | uniq -c -> 60 INFO, no exception, no known phrase
    }
}
