package io.sightline.source.log;

import io.sightline.concurrent.Backoff;
import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.SeriesStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CommandSourceIT {
    private final Lifecycle lifecycle = new Lifecycle();
    private final SeriesStore store = new SeriesStore();
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        lifecycle.close();
    }

    private CommandSource command(String script, Backoff backoff) {
        CommandSource s = new CommandSource("cmd", List.of("sh", "-c", script),
                LogOptions.defaults().withFormat(LogFormat.LOGBACK), store, lifecycle, Clock.systemUTC(), backoff);
        s.onLine(lines::add);
        lifecycle.own(s);
        return s;
    }

    private List<String> statusTexts() {
        List<String> out = new ArrayList<>();
        for (Event e : store.events().all()) {
            if (e.kind().equals(EventKinds.LOG_SOURCE_STATUS)) {
                out.add(e.text());
            }
        }
        return out;
    }

    @Test
    void exitingCommandIsRestartedWithCappedBackoffAndItsStderrIsShown() {
        CommandSource s = command("echo '10:00:00.000 [main] ERROR a.B - boom'; "
                + "echo 'Caused by: java.net.ConnectException: Connection refused'; "
                + "echo 'error: pod not found' >&2; exit 3", new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)));
        s.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> s.starts() >= 5);
        List<String> status = statusTexts();
        assertThat(status).contains("error: pod not found");
        List<String> restarts = status.stream().filter(t -> t.contains("exited with code 3")).toList();
        assertThat(restarts.subList(0, 4)).satisfiesExactly(
                t -> assertThat(t).endsWith("restarting in 50 ms"),
                t -> assertThat(t).endsWith("restarting in 100 ms"),
                t -> assertThat(t).endsWith("restarting in 200 ms"),
                t -> assertThat(t).endsWith("restarting in 200 ms"));
        // stdout is the log: each run's entry with its stack line is one entry, recognised
        assertThat(store.events().all()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKinds.LOG_NETWORK);
            assertThat(e.attribute("type")).isEqualTo("connection-refused");
        });
        assertThat(s.stats().parsed()).isGreaterThanOrEqualTo(4);
        assertThat(s.stats().continuation()).isEqualTo(s.stats().parsed());
    }

    @Test
    void closeStopsALongRunningCommandAndItIsNotRestarted() {
        CommandSource s = command("i=0; while true; do echo \"10:00:00.000 [main] INFO  a.B - seq $i\"; "
                + "i=$((i+1)); sleep 0.01; done", new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)));
        s.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.size() >= 20);
        s.close();
        int starts = s.starts();
        int seen = lines.size();
        assertThat(starts).isEqualTo(1);
        assertThat(s.status()).startsWith("closed");
        // nothing more arrives once closed (the process is gone, no restart)
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> lines.size() == seen);
        assertThat(s.starts()).isEqualTo(starts);
    }

    @Test
    void aBoundedWindowKeepsTheNewestLinesOfALongRunningCommand() {
        LineWindow window = new LineWindow(100);
        CommandSource s = new CommandSource("win", List.of("sh", "-c",
                "i=0; while [ $i -lt 1000 ]; do echo \"10:00:00.000 [main] WARN  a.B - seq $i\"; i=$((i+1)); done; "
                        + "sleep 30"), LogOptions.defaults(), store, lifecycle, Clock.systemUTC(), Backoff.defaults());
        s.onLine(window::append);
        lifecycle.own(s);
        s.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            window.refresh();
            return window.size() == 100 && window.text(99).endsWith("seq 999");
        });
        assertThat(window.text(0)).endsWith("seq 900");
        assertThat(window.dropped()).isEqualTo(900);
        assertThat(window.level(0)).isEqualTo(io.sightline.series.Severity.WARN);
        List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
        assertThat(children).isNotEmpty();
        s.close();
        // the shell and its sleeping child are gone with the source
        await().atMost(Duration.ofSeconds(10)).until(() -> children.stream().noneMatch(ProcessHandle::isAlive));
    }

    @Test
    void aCommandThatCannotStartSaysWhy() {
        CommandSource s = new CommandSource("bad", List.of("/nonexistent/kubectl", "logs", "-f", "deploy/x"),
                LogOptions.defaults(), store, lifecycle, Clock.systemUTC(),
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(100)));
        lifecycle.own(s);
        s.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> statusTexts().stream()
                .anyMatch(t -> t.startsWith("cannot start '/nonexistent/kubectl'")));
    }
}
