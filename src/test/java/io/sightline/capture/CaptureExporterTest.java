package io.sightline.capture;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Series;
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

class CaptureExporterTest {
    static final long T0 = 1_767_000_000_000L;
    static final SeriesId ACTIVE = SeriesId.of("jmx", "db-1.prod.example.com", "hikari.active", Map.of("pool", "shop"));

    @TempDir
    Path dir;

    @Test
    void savesOnlyTheChosenWindowAndCanHideHostsForSharing() throws Exception {
        Path src = dir.resolve("full.sightline");
        SeriesStore store = new SeriesStore();
        try (Lifecycle lifecycle = new Lifecycle()) {
            CaptureWriter writer = CaptureWriter.start(store, src, CaptureMetadata.startingAt(T0, ZoneId.of("UTC"))
                    .withTargets(List.of("service:jmx:rmi:///jndi/rmi://db-1.prod.example.com:9010/jmxrmi")),
                    lifecycle, CaptureWriter.Options.defaults());
            Series s = store.series(ACTIVE, Unit.CONNECTIONS);
            for (int i = 0; i < 6000; i++) { // 10 minutes at 10 Hz
                s.append(T0 + i * 100L, i % 10);
            }
            store.events().add(Event.of(T0 + 30_000, "jmx/db-1.prod.example.com", EventKinds.TARGET_DISCONNECTED,
                    Severity.WARN, "lost 10.20.30.40:9010"));
            store.events().add(Event.of(T0 + 400_000, "user", EventKinds.NOTE, Severity.INFO, "outside the window"));
            writer.close();
        }
        Path shared = dir.resolve("shared.sightline");
        CaptureExporter.Result result = CaptureExporter.export(src, new TimeWindow(T0 + 20_000, T0 + 80_000), shared,
                CaptureExporter.Options.SHARE);
        assertThat(result.samples()).isEqualTo(600);
        assertThat(result.events()).isEqualTo(1);
        assertThat(result.aliases()).containsEntry("db-1.prod.example.com", "host-1").containsKey("10.20.30.40");

        String raw = new String(Files.readAllBytes(shared), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("db-1.prod").doesNotContain("10.20.30.40");
        try (CaptureReader reader = CaptureReader.open(shared)) {
            CaptureReader.Replay replay = reader.replay();
            Series.Snapshot back = replay.store().find(SeriesId.of("jmx", "host-1", "hikari.active", Map.of("pool", "shop")))
                    .orElseThrow().snapshot();
            assertThat(back.size()).isEqualTo(600);
            assertThat(back.firstTime()).isEqualTo(T0 + 20_000);
            assertThat(back.lastTime()).isEqualTo(T0 + 79_900);
            assertThat(back.value(0)).isEqualTo(0); // sample 200 of the original: 200 % 10
            assertThat(replay.store().events().all().get(0).text()).isEqualTo("lost ip-1:9010");
            assertThat(replay.metadata().targets()).containsExactly("service:jmx:rmi:///jndi/rmi://host-1:9010/jmxrmi");
            assertThat(replay.metadata().startedAt()).isEqualTo(T0 + 20_000);
        }

        Path plain = dir.resolve("plain.sightline");
        CaptureExporter.export(src, TimeWindow.ALL, plain, CaptureExporter.Options.PLAIN);
        try (CaptureReader reader = CaptureReader.open(plain)) {
            assertThat(reader.replay().store().find(ACTIVE).orElseThrow().size()).isEqualTo(6000);
        }
    }
}
