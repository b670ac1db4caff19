package io.sightline.session;

import io.sightline.AppContext;
import io.sightline.concurrent.Lifecycle;
import io.sightline.demo.RunningDemo;
import io.sightline.series.Metrics;
import io.sightline.series.SeriesStore;
import io.sightline.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The console's demo session watches the demo database from its own side, on the H2 server's direct port. */
class IncidentSessionDbIT {
    @Test
    void theDemoSessionRecordsTheDatabaseSideFromTheServersOwnPort(@TempDir Path home) throws Exception {
        AppContext context = new AppContext(Clock.systemUTC(), new Workspace(home), new SeriesStore(), new Lifecycle());
        try (context; IncidentSession session = new IncidentSession(context)) {
            RunningDemo demo = session.startDemo("test-pool-undersized").get(90, TimeUnit.SECONDS);

            assertThat(demo.database().jdbcUrl()).startsWith("jdbc:h2:tcp://127.0.0.1:").endsWith("/mem:shop");
            assertThat(session.databases()).hasSize(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> !context.store().matching(id ->
                    id.source().equals(Metrics.SOURCE_DB) && id.metric().equals(Metrics.DB_SESSIONS)).isEmpty());
            // The service's pool (fixed size) is connected: the database sees its sessions.
            await().atMost(Duration.ofSeconds(30)).until(() -> session.databases().get(0).status().startsWith("H2 "));
            assertThat(session.databases().get(0).status()).doesNotContain(new String(demo.database().password()));
            Path capture = session.recording().orElseThrow().file();
            session.close();
            assertThat(Files.readString(capture, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain(new String(demo.database().password()));
        }
    }
}
