package io.sightline.session;

import io.sightline.AppContext;
import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import io.sightline.source.log.LiveLines;
import io.sightline.source.log.LogSource;
import io.sightline.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Log sources a responder adds to a running session: real files and a real command, into the log pane's lines. */
class IncidentSessionLogsIT {
    private static List<String> texts(LiveLines lines) {
        lines.refreshChange();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.text(i));
        }
        return out;
    }

    @Test
    void filesAndCommandsAddedDuringTheSessionFeedTheLogPaneAndShowTheirStatus(@TempDir Path home) throws Exception {
        Path a = Files.createDirectories(home.resolve("a")).resolve("app.log");
        Path b = Files.createDirectories(home.resolve("b")).resolve("app.log");
        Files.writeString(a, "2026-11-27 09:00:00.000 [main] INFO  shop.A - first file\n");
        Files.writeString(b, "2026-11-27 09:00:01.000 [main] INFO  shop.B - second file\n");
        AppContext context = new AppContext(Clock.systemUTC(), new Workspace(home.resolve("ws")), new SeriesStore(), new Lifecycle());
        try (context; IncidentSession session = new IncidentSession(context)) {
            LogSource first = session.followFile(a);
            LogSource second = session.followFile(b);
            LogSource command = session.followCommand("echo '2026-11-27 09:00:02.000 [main] WARN  shop.C - from a command'; "
                    + "echo 'error: pod shop-7 not found' >&2; exit 3");

            // two files with the same name never share series
            assertThat(List.of(first.name(), second.name())).doesNotHaveDuplicates();
            assertThat(session.logs()).containsExactly(first, second, command);
            await().atMost(Duration.ofSeconds(10)).until(() -> texts(session.liveLines()).size() >= 3);
            assertThat(texts(session.liveLines())).anyMatch(l -> l.contains("first file"))
                    .anyMatch(l -> l.contains("second file")).anyMatch(l -> l.contains("from a command"));
            // the command's stderr is what the responder needs to see
            await().atMost(Duration.ofSeconds(10)).until(() -> command.status().contains("pod shop-7 not found")
                    || command.status().contains("exited with code 3"));
            assertThat(session.recording()).isPresent();

            assertThatThrownBy(() -> session.followFile(home.resolve("no/such/dir/x.log")))
                    .hasMessageContaining("no such file or folder");
            assertThatThrownBy(() -> session.followCommand("   ")).hasMessageContaining("empty command");
        }
    }
}
