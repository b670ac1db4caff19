package io.sightline.source.jmx;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.SeriesId;
import io.sightline.source.jmx.testtarget.TargetProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A target whose threads really wait on a one-connection pool, really sit in JDBC socket reads (H2 over TCP, a
 * query sleeping on the server), really read from an HTTP server that never answers, block on a monitor and spin.
 */
class ThreadDumpIT {
    private final FastPolling polling = new FastPolling();

    @AfterEach
    void tearDown() {
        polling.close();
    }

    @Test
    void classifiesWhatEachThreadWaitsOnAndDumpsAutomaticallyWhileThreadsWaitForThePool() throws IOException {
        try (TargetProcess target = TargetProcess.start("starve:tiny:3", "jdbc-io:2", "http-io:2", "blocked", "cpu")) {
            TargetPoller poller = polling.poll("busy", target.address(), Duration.ofMillis(200));

            await().atMost(Duration.ofSeconds(20)).until(() -> automaticDumps().size() >= 1);
            assertThat(automaticDumps().get(0).text()).contains("automatic");

            AtomicReference<ThreadDump> dump = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                dump.set(poller.threadDump().get(10, TimeUnit.SECONDS));
                Map<ThreadClass, Integer> c = dump.get().counts();
                return c.get(ThreadClass.WAITING_FOR_POOL_CONNECTION) >= 3 && c.get(ThreadClass.JDBC_IO) >= 2
                        && c.get(ThreadClass.DOWNSTREAM_IO) >= 3 && c.get(ThreadClass.BLOCKED_ON_LOCK) >= 1
                        && c.get(ThreadClass.RUNNABLE_CPU) >= 1;
            });
            ThreadDump d = dump.get();
            writeFixture(d);
            assertThat(d.counts().get(ThreadClass.WAITING_FOR_POOL_CONNECTION)).isEqualTo(3);
            assertThat(d.counts().get(ThreadClass.JDBC_IO)).isEqualTo(2);
            // the three waiters share one stack: one group
            assertThat(d.groups()).filteredOn(g -> g.threadClass() == ThreadClass.WAITING_FOR_POOL_CONNECTION)
                    .hasSize(1).first().extracting(ThreadDump.Group::count).isEqualTo(3);
            assertThat(polling.store.find(SeriesId.of("jmx", "busy", Metrics.THREADS_BY_CLASS,
                    Map.of(Metrics.LABEL_CLASS, "waiting-for-pool-connection"))).orElseThrow().snapshot().lastValue())
                    .isEqualTo(3);
            assertThat(automaticDumps()).as("rate-limited to one per 10 s").hasSize(1);
            Event onDemand = polling.store.events().all().stream().filter(e -> e.kind().equals(EventKinds.THREAD_DUMP)
                    && "on demand".equals(e.attribute("trigger"))).reduce((a, b) -> b).orElseThrow();
            assertThat(onDemand.attribute("jdbc-io")).isEqualTo("2");
            assertThat(onDemand.attribute("top-stacks")).contains("com.zaxxer.hikari.pool.HikariPool.getConnection");
        }
    }

    private List<Event> automaticDumps() {
        return polling.store.events().all().stream().filter(e -> e.kind().equals(EventKinds.THREAD_DUMP)
                && e.attribute("trigger").startsWith("automatic")).toList();
    }

    /** Keeps the real stacks for {@code ThreadClassifierTest} (copied into test resources when they change). */
    private static void writeFixture(ThreadDump d) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ThreadDump.Group g : d.groups()) {
            for (String name : g.threadNames()) {
                lines.add(name + "|" + g.state() + "|" + String.join(";", g.frames()));
            }
        }
        Files.write(Path.of("target", "real-thread-dump.txt"), lines);
    }
}
