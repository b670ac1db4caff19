package io.sightline.source.log;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Metrics;
import io.sightline.series.Provisional;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.awaitility.Awaitility.await;

/**
 * A followed access log shows its newest seconds within moments, as provisional values, long before the
 * watermark makes them final; once final, the values move into the series and the tail empties.
 */
class ProvisionalBucketsTest {
    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
    private static final SeriesId P99 = SeriesId.of(Metrics.SOURCE_LOG, "access", Metrics.LATENCY_P99);
    private static final SeriesId E5XX = SeriesId.of(Metrics.SOURCE_LOG, "access", Metrics.HTTP_5XX_RATE);

    @TempDir
    Path dir;
    private final Lifecycle lifecycle = new Lifecycle();
    private final SeriesStore store = new SeriesStore();

    @AfterEach
    void close() {
        lifecycle.close();
    }

    @Test
    void openBucketsAppearAsProvisionalValuesWhileNoBucketIsFinal() throws Exception {
        Path file = dir.resolve("access.log");
        long now = System.currentTimeMillis();
        append(file, now - 2000, 10, 200, 412_000);
        append(file, now - 1000, 10, 503, 412_000);
        start(file, LogOptions.DEFAULT_WATERMARK);

        await().atMost(Duration.ofSeconds(10)).until(() -> lastProvisional(P99) > 0);
        Series p99 = store.find(P99).orElseThrow();
        assertThat(p99.snapshot().isEmpty()).as("nothing is final within the 60 s watermark").isTrue();
        assertThat(lastProvisional(P99)).isCloseTo(412, withinPercentage(1)); // HdrHistogram: 3 significant digits
        Provisional errors = store.find(E5XX).orElseThrow().provisional();
        assertThat(errors.value(errors.size() - 1)).isEqualTo(10.0);

        // a slow second arrives: the tail follows it without waiting for any bucket to become final
        append(file, now + 1000, 5, 200, 2_000_000);
        await().atMost(Duration.ofSeconds(10)).until(() -> lastProvisional(P99) > 1900);
        assertThat(p99.snapshot().isEmpty()).isTrue();
    }

    @Test
    void whenTheWatermarkPassesTheValuesBecomeFinalAndTheTailEmpties() throws Exception {
        Path file = dir.resolve("access.log");
        append(file, System.currentTimeMillis() - 5000, 10, 200, 412_000);
        start(file, Duration.ofSeconds(1));

        await().atMost(Duration.ofSeconds(10)).until(() -> store.find(P99).map(s -> !s.snapshot().isEmpty())
                .orElse(false) && store.find(P99).get().provisional().isEmpty());
        assertThat(store.find(P99).orElseThrow().snapshot().value(0)).isCloseTo(412, withinPercentage(1));
    }

    private void start(Path file, Duration watermark) {
        FileTailSource s = new FileTailSource("access", file,
                LogOptions.defaults().withFormat(LogFormat.ACCESS).withWatermark(watermark), store, lifecycle,
                Clock.systemUTC());
        lifecycle.own(s);
        s.start();
    }

    /** The newest provisional value of {@code id}, or -1 when the series or its tail does not exist yet. */
    private double lastProvisional(SeriesId id) {
        Optional<Series> s = store.find(id);
        if (s.isEmpty() || s.get().provisional().isEmpty()) {
            return -1;
        }
        Provisional tail = s.get().provisional();
        return tail.value(tail.size() - 1);
    }

    private static void append(Path file, long time, int lines, int status, long micros) throws IOException {
        String stamp = CLF.format(ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(time), ZoneOffset.UTC));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append("127.0.0.1 - - [").append(stamp).append("] \"GET /checkout HTTP/1.1\" ").append(status)
                    .append(" 512 \"-\" \"curl/8.4.0\" ").append(micros).append('\n');
        }
        Files.writeString(file, sb, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
