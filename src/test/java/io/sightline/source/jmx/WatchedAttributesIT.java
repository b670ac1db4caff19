package io.sightline.source.jmx;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Series;
import io.sightline.series.SeriesStore;
import io.sightline.source.jmx.testtarget.TargetProcess;
import io.sightline.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A user picks MBean attributes of a real target JVM to chart; they are polled over real JMX, and remembered. */
class WatchedAttributesIT {
    private final Lifecycle lifecycle = new Lifecycle();

    @TempDir
    Path home;

    @AfterEach
    void tearDown() {
        lifecycle.close();
    }

    private TargetRegistry registry(SeriesStore store) {
        PollContext context = new PollContext(store, Clock.systemUTC(), lifecycle, Duration.ofMillis(300),
                Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofSeconds(1));
        TargetRegistry r = lifecycle.own(new TargetRegistry(new SavedTargets(new Workspace(home)),
                new SavedWatches(new Workspace(home)), context));
        r.setInterval(Duration.ofMillis(200));
        return r;
    }

    private static double last(SeriesStore store, AttributeWatch w, String target) {
        return store.find(w.seriesId(target)).map(Series::snapshot).filter(s -> !s.isEmpty())
                .map(s -> s.lastValue()).orElse(Double.NaN);
    }

    @Test
    void catalogueListsMBeansAndTheirNumbersAndAWatchedAttributeIsPolledAndRemembered() throws Exception {
        try (TargetProcess target = TargetProcess.start("pool:shop:5")) {
            TargetSpec spec = new TargetSpec("shop-1", target.address(), null, false, null);
            SeriesStore store = new SeriesStore();
            TargetRegistry registry = registry(store);
            TargetPoller poller = registry.connect(spec, Credentials.NONE);
            await().atMost(Duration.ofSeconds(20)).until(() -> poller.state().phase() == TargetState.Phase.CONNECTED);

            List<String> mbeans = poller.mbeans().get();
            assertThat(mbeans).contains("java.lang:type=Runtime", "java.lang:type=Memory", "com.zaxxer.hikari:type=Pool (shop)");
            List<MBeanCatalog.Entry> memory = poller.chartable("java.lang:type=Memory").get();
            assertThat(memory).extracting(e -> e.watch().path())
                    .contains("HeapMemoryUsage.used", "HeapMemoryUsage.committed", "ObjectPendingFinalizationCount")
                    .doesNotContain("HeapMemoryUsage"); // a composite is charted item by item
            MBeanCatalog.Entry config = poller.chartable("com.zaxxer.hikari:type=PoolConfig (shop)").get().stream()
                    .filter(e -> e.watch().attribute().equals("MaximumPoolSize")).findFirst().orElseThrow();
            assertThat(config.value()).isEqualTo(5);

            AttributeWatch pid = AttributeWatch.of("java.lang:type=Runtime", "Pid");
            AttributeWatch heap = new AttributeWatch("java.lang:type=Memory", "HeapMemoryUsage", "used");
            AttributeWatch max = AttributeWatch.of("com.zaxxer.hikari:type=PoolConfig (shop)", "MaximumPoolSize");
            registry.watch("shop-1", pid);
            registry.watch("shop-1", heap);
            registry.watch("shop-1", max);
            await().atMost(Duration.ofSeconds(10)).until(() -> last(store, pid, "shop-1") == target.pid());
            await().until(() -> last(store, heap, "shop-1") > 0);
            assertThat(last(store, max, "shop-1")).isEqualTo(5);

            // a new session with the same workspace polls them again without being asked
            registry.disconnect("shop-1");
            SeriesStore next = new SeriesStore();
            TargetRegistry again = registry(next);
            assertThat(again.watches("shop-1")).containsExactly(pid, heap, max);
            again.connect(spec, Credentials.NONE);
            await().atMost(Duration.ofSeconds(20)).until(() -> last(next, pid, "shop-1") == target.pid());

            // stopped: no more samples, what was read stays
            again.unwatch("shop-1", pid);
            int size = next.find(pid.seriesId("shop-1")).map(Series::size).orElseThrow();
            long ticks = next.find(heap.seriesId("shop-1")).map(Series::size).orElseThrow();
            await().until(() -> next.find(heap.seriesId("shop-1")).map(Series::size).orElseThrow() > ticks + 3);
            assertThat(next.find(pid.seriesId("shop-1")).map(Series::size)).isEqualTo(Optional.of(size));
            assertThat(new SavedWatches(new Workspace(home)).of("shop-1")).containsExactly(heap, max);
        }
    }

    @Test
    void anMBeanThatIsNotThereLeavesAGapAndTheOthersKeepPolling() throws Exception {
        try (TargetProcess target = TargetProcess.start()) {
            SeriesStore store = new SeriesStore();
            TargetRegistry registry = registry(store);
            AttributeWatch missing = AttributeWatch.of("com.example:type=Nothing", "Count");
            AttributeWatch threads = AttributeWatch.of("java.lang:type=Threading", "ThreadCount");
            registry.watch("t", missing);
            registry.watch("t", threads);
            registry.connect(new TargetSpec("t", target.address(), null, false, null), Credentials.NONE);
            await().atMost(Duration.ofSeconds(20)).until(() -> last(store, threads, "t") > 1);
            Series gone = store.find(missing.seriesId("t")).orElseThrow();
            assertThat(gone.snapshot().size()).isEqualTo(1);
            assertThat(gone.snapshot().lastValue()).isNaN(); // drawn as a break, never as a zero
        }
    }
}
