package io.sightline.capture;

import io.sightline.cli.SightlineCommand;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesStore;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code record --db-url}: the database's own view lands in the capture; its password never does. */
class RecordDatabaseIT {
    private static final String PASSWORD = "pw-4b1d9e77c0";

    @Test
    void recordsTheDatabaseSideAndNeverThePassword(@TempDir Path dir) throws Exception {
        try (Connection keeper = DriverManager.getConnection("jdbc:h2:mem:rec;DB_CLOSE_DELAY=-1", "dba", PASSWORD)) {
            Server server = Server.createTcpServer("-tcpPort", "0").start();
            try {
                Path file = dir.resolve("db.capture");
                String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:rec";
                StringWriter out = new StringWriter();
                var cl = SightlineCommand.commandLine();
                cl.setOut(new PrintWriter(out, true));
                int exit = cl.execute("record", "--db-url", url, "--db-user", "dba", "--db-password", PASSWORD,
                        "--duration", "3s", "--out", file.toString());
                assertThat(exit).as(out.toString()).isZero();
                assertThat(out.toString()).contains("db/127.0.0.1:" + server.getPort() + ": H2 ");
                try (CaptureReader reader = CaptureReader.open(file)) {
                    CaptureReader.Replay replay = reader.replay();
                    SeriesStore store = replay.store();
                    List<Series> sessions = store.matching(id -> id.source().equals(Metrics.SOURCE_DB)
                            && id.metric().equals(Metrics.DB_SESSIONS));
                    assertThat(sessions).hasSize(1);
                    Series.Snapshot snap = sessions.get(0).snapshot();
                    assertThat(snap.size()).isGreaterThanOrEqualTo(2);
                    assertThat(snap.value(0)).as("the keeper session; the recorder's own is excluded").isEqualTo(1);
                    assertThat(replay.metadata().targets()).containsExactly("db " + url);
                }
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(PASSWORD);
            } finally {
                server.stop();
            }
        }
    }
}
