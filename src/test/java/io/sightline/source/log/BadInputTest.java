package io.sightline.source.log;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class BadInputTest {
    @Test
    void invalidUtf8BinaryAndHugeLinesAreCountedShownAndNeverFatal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("10:00:00.000 [main] INFO  a.B - first\n".getBytes(StandardCharsets.UTF_8));
        out.write("10:00:01.000 [main] WARN  a.B - caf".getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});                 // invalid UTF-8
        out.write(new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x7F, 0x00, '\n'});  // binary garbage
        out.write("10:00:02.000 [main] INFO  a.B - big ".getBytes(StandardCharsets.UTF_8));
        out.write("x".repeat(LineSplitter.MAX_LINE + 5000).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.write("10:00:03.000 [main] INFO  a.B - after\n".getBytes(StandardCharsets.UTF_8));
        byte[] all = out.toByteArray();

        // fed in odd-sized blocks, as a tail reads them: results do not depend on where blocks end
        Collecting c = new Collecting();
        c.pipeline = new LogPipeline(new ParseContext(ZoneOffset.UTC, Duration.ZERO, LocalDate.of(2024, 1, 15),
                Collecting.CLOCK, c.stats), LogFormat.LOGBACK, c);
        for (int off = 0; off < all.length; off += 777) {
            c.pipeline.feed(all, off, Math.min(777, all.length - off));
        }
        c.pipeline.endOfInput();

        LogStats.Snapshot s = c.stats.snapshot();
        assertThat(s.lines()).isEqualTo(5);
        assertThat(s.parsed()).isEqualTo(4);
        assertThat(s.invalidUtf8()).isEqualTo(1);
        assertThat(s.oversized()).isEqualTo(1);
        assertThat(s.rawByReason()).containsExactly(java.util.Map.entry(TextLineParser.REASON_BINARY, 1L));
        assertThat(c.records).extracting(LogRecord::message).hasSize(4)
                .contains("first", "caf\uFFFD(", "after");
        String big = c.records.get(2).message();
        assertThat(big).endsWith(new String(LineSplitter.CUT_MARKER, StandardCharsets.US_ASCII));
        assertThat(big.length()).isLessThan(LineSplitter.MAX_LINE + 100);
        assertThat(s.summary()).contains("1 raw", "1 with invalid UTF-8", "1 over 1 MiB cut");
    }

    @Test
    void aRecognisedLineFeedsPoolSeriesAndEventsInTheStore() {
        SeriesStore store = new SeriesStore();
        LogStats stats = new LogStats();
        DerivedMetrics metrics = new DerivedMetrics(1000, 60_000, new SeriesBucketSink(store, "app"), stats);
        LogProcessor p = new LogProcessor("log/app", metrics, new StoreOutputs(store, "app"));
        LogPipeline pipeline = new LogPipeline(new ParseContext(ZoneOffset.UTC, Duration.ZERO,
                LocalDate.of(2024, 1, 15), Collecting.CLOCK, stats), null, p);
        byte[] b = Samples.LOGBACK.getBytes(StandardCharsets.UTF_8);
        pipeline.feed(b, 0, b.length);
        pipeline.endOfInput();
        metrics.flush();

        assertThat(store.events().all()).extracting(Event::kind)
                .containsExactlyInAnyOrder(EventKinds.LOG_POOL_TIMEOUT, EventKinds.LOG_EXCEPTION);
        Event timeout = store.events().all().stream().filter(e -> e.kind().equals(EventKinds.LOG_POOL_TIMEOUT))
                .findFirst().orElseThrow();
        assertThat(timeout.source()).isEqualTo("log/app");
        assertThat(timeout.timeMillis()).isEqualTo(Collecting.t("2024-01-15T10:23:45.123Z"));
        assertThat(store.find(SeriesId.parse("log/app/hikari.waiting{pool=HikariPool-1}")).orElseThrow()
                .snapshot().lastValue()).isEqualTo(5.0);
        assertThat(store.find(SeriesId.parse("log/app/hikari.active{pool=HikariPool-1}")).orElseThrow()
                .snapshot().lastValue()).isEqualTo(10.0);
        assertThat(store.find(SeriesId.parse("log/app/pool.timeouts.rate")).orElseThrow().snapshot().value(0))
                .isEqualTo(1.0);
        assertThat(store.find(SeriesId.parse(
                "log/app/exceptions.rate{class=java.sql.SQLTransientConnectionException}"))).isPresent();
    }
}
