package io.sightline.capture;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.series.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No credential reaches the capture's bytes: not from metadata, not from recorded log lines and events. */
class CapturePrivacyTest {
    private static final List<String> SECRETS = List.of("hunter2pw", "tok3nValue", "QWxhZGRpbjpvcGVu", "AKIAZZZZZZZZZZZZZZZZ",
            "jdbcPw99");

    @TempDir
    Path dir;

    @Test
    void secretsInMetadataAndLogLinesNeverReachTheFile() throws Exception {
        SeriesStore store = new SeriesStore();
        Path file = dir.resolve("p.sightline");
        try (Lifecycle lifecycle = new Lifecycle()) {
            CaptureMetadata meta = CaptureMetadata.startingAt(1_000, ZoneId.of("UTC"))
                    .withTargets(List.of("jdbc:postgresql://shop:hunter2pw@127.0.0.1:5432/shop"))
                    .withPoolConfig("shop", Map.of("jdbcUrl", "jdbc:postgresql://127.0.0.1/shop?password=jdbcPw99",
                            "password", "hunter2pw", "maximumPoolSize", "10"));
            CaptureWriter writer = CaptureWriter.start(store, file, meta, lifecycle, CaptureWriter.Options.defaults());
            store.series(SeriesId.of("log", "app", "requests.rate"), Unit.PER_SECOND).append(2_000, 5);
            store.events().add(Event.of(2_000, "log/app", "log.line", Severity.INFO,
                    "Connecting to jdbc:postgresql://127.0.0.1/shop?user=shop&password=hunter2pw"));
            store.events().add(Event.of(2_001, "log/access", "log.line", Severity.INFO,
                    "GET /cart Authorization: Bearer tok3nValue 200"));
            store.events().add(new Event(2_002, "log/app", EventKinds.LOG_EXCEPTION, Severity.ERROR,
                    "auth failed for header Authorization: Basic QWxhZGRpbjpvcGVu",
                    Map.of("url", "https://svc:hunter2pw@127.0.0.1/x", "key", "AKIAZZZZZZZZZZZZZZZZ")));
            writer.updateMetadata(m -> m.withAttribute("command", "psql postgresql://u:jdbcPw99@127.0.0.1/db"));
            writer.close();
        }
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String secret : SECRETS) {
            assertThat(raw).as("file bytes contain %s", secret).doesNotContain(secret);
        }
        try (CaptureReader reader = CaptureReader.open(file)) {
            CaptureReader.Replay replay = reader.replay();
            assertThat(replay.metadata().poolConfigs().get("shop"))
                    .containsEntry("password", "***").containsEntry("maximumPoolSize", "10")
                    .containsEntry("jdbcUrl", "jdbc:postgresql://127.0.0.1/shop?password=***");
            assertThat(replay.store().events().all()).extracting(Event::text).contains(
                    "Connecting to jdbc:postgresql://127.0.0.1/shop?user=shop&password=***",
                    "GET /cart Authorization: *** 200");
            assertThat(replay.store().events().all().get(2).attribute("key")).isEqualTo("***");
        }
    }
}
