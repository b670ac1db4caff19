package io.sightline.source.jmx;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.source.jmx.testtarget.TargetProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real target JVMs with real HikariCP pools over H2, polled over real JMX on loopback. */
class JmxPollingIT {
    private final FastPolling polling = new FastPolling();

    @AfterEach
    void tearDown() {
        polling.close();
    }

    private TargetPoller poll(TargetSpec spec) {
        return polling.poll(spec, Duration.ofMillis(200));
    }

    private Optional<Series> series(String target, String metric, String pool) {
        return polling.store.find(SeriesId.of(Metrics.SOURCE_JMX, target, metric, Map.of(Metrics.LABEL_POOL, pool)));
    }

    private double last(String target, String metric, String pool) {
        return series(target, metric, pool).map(s -> s.snapshot().isEmpty() ? Double.NaN : s.snapshot().lastValue())
                .orElse(Double.NaN);
    }

    @Test
    void findsEveryPoolOfOneJvmInTheClassicSchemeWithConfigAndJvmBasics() {
        try (TargetProcess target = TargetProcess.start("pool:shop:5", "pool:orders:3")) {
            TargetPoller poller = poll(new TargetSpec("shop-1", target.address(), null, false, null));
            await().atMost(Duration.ofSeconds(20)).until(() -> poller.pools().size() == 2
                    && poller.pools().stream().allMatch(p -> p.config() != null));
            assertThat(poller.pools()).extracting(PoolView::pool).containsExactly("orders", "shop");
            assertThat(poller.pools()).allMatch(p -> p.scheme() == PoolMBeans.Scheme.CLASSIC);
            PoolConfigValues shop = poller.pools().get(1).config();
            assertThat(shop.maximumPoolSize()).isEqualTo(5);
            assertThat(shop.minimumIdle()).isEqualTo(1);
            assertThat(shop.connectionTimeout()).isEqualTo(30_000);
            assertThat(shop.maxLifetime()).isPositive();
            await().until(() -> last("shop-1", Metrics.POOL_TOTAL, "shop") >= 1);
            assertThat(last("shop-1", Metrics.POOL_MAX, "orders")).isEqualTo(3);
            assertThat(last("shop-1", Metrics.POOL_WAITING, "orders")).isZero();
            for (String metric : List.of(Metrics.HEAP_USED, Metrics.HEAP_COMMITTED, Metrics.THREADS_LIVE,
                    Metrics.UPTIME, Metrics.CPU_PROCESS)) {
                Series s = polling.store.find(SeriesId.of("jmx", "shop-1", metric)).orElseThrow(() -> new AssertionError(metric));
                assertThat(s.snapshot().lastValue()).as(metric).isGreaterThanOrEqualTo(0);
            }
            await().until(() -> polling.store.find(SeriesId.of("jmx", "shop-1", Metrics.GC_SHARE)).map(Series::size).orElse(0) > 0);
            assertThat(polling.store.matching(id -> id.metric().equals(Metrics.GC_COUNT))).isNotEmpty()
                    .allMatch(s -> s.id().label(Metrics.LABEL_GC) != null);
            assertThat(poller.state().phase()).isEqualTo(TargetState.Phase.CONNECTED);
            assertThat(poller.noPoolsDiagnosis()).isEmpty();
        }
    }

    @Test
    void findsPoolsInTheNameKeySchemeOfRegister2() {
        try (TargetProcess target = TargetProcess.start(0, List.of("-Dhikaricp.jmx.register2.0=true"), "pool:inventory:4")) {
            TargetPoller poller = poll(TargetSpec.of(target.address()));
            await().atMost(Duration.ofSeconds(20)).until(() -> !poller.pools().isEmpty() && poller.pools().get(0).config() != null);
            assertThat(poller.pools().get(0).pool()).isEqualTo("inventory");
            assertThat(poller.pools().get(0).scheme()).isEqualTo(PoolMBeans.Scheme.NAME_KEY);
            assertThat(poller.pools().get(0).config().maximumPoolSize()).isEqualTo(4);
            String name = poller.spec().name();
            await().until(() -> last(name, Metrics.POOL_TOTAL, "inventory") >= 1);
        }
    }

    @Test
    void explainsMissingPoolsThenFindsAPoolThatStartsLater() {
        try (TargetProcess target = TargetProcess.start()) {
            TargetPoller poller = poll(TargetSpec.of(target.address()));
            await().atMost(Duration.ofSeconds(20)).until(() -> poller.noPoolsDiagnosis().isPresent());
            assertThat(poller.noPoolsDiagnosis().get()).contains("registerMbeans").contains("not started yet")
                    .contains("same pool name");
            target.command("pool late");
            await().atMost(Duration.ofSeconds(10)).until(() -> poller.pools().stream().anyMatch(p -> p.pool().equals("late")));
            assertThat(poller.noPoolsDiagnosis()).isEmpty();
        }
    }

    @Test
    void killedTargetShowsAGapReconnectsOnTheSamePortAndIsMarkedRestarted() {
        int port = TargetProcess.freePort();
        TargetProcess first = TargetProcess.start(port, List.of(), "pool:shop:2");
        TargetPoller poller = poll(new TargetSpec("svc", "127.0.0.1:" + port, null, false, null));
        Series active = polling.store.series(SeriesId.of("jmx", "svc", Metrics.POOL_ACTIVE, Map.of("pool", "shop")),
                io.sightline.series.Unit.CONNECTIONS);
        await().atMost(Duration.ofSeconds(20)).until(() -> active.size() >= 3);
        // A reader keeps reading the series while the poller writes it (one writer, many readers).
        ConcurrentReader reader = new ConcurrentReader(active);
        polling.lifecycle.newThread("reader", reader).start();

        first.kill();
        await().atMost(Duration.ofSeconds(15)).until(() -> poller.state().phase() == TargetState.Phase.RECONNECTING);
        assertThat(Double.isNaN(active.snapshot().lastValue())).as("a gap, never an interpolated value").isTrue();
        assertThat(poller.state().detail()).contains("svc");
        try (TargetProcess second = TargetProcess.start(port, List.of(), "pool:shop:2")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> poller.state().phase() == TargetState.Phase.CONNECTED
                    && !Double.isNaN(active.snapshot().lastValue()));
            List<Event> events = polling.store.events().all();
            assertThat(events).extracting(Event::kind).containsSubsequence(EventKinds.TARGET_CONNECTED,
                    EventKinds.TARGET_DISCONNECTED, EventKinds.TARGET_CONNECTED);
            assertThat(events).filteredOn(e -> e.kind().equals(EventKinds.TARGET_RESTARTED)).hasSize(1)
                    .first().extracting(Event::text).asString().contains("new JVM");
        } finally {
            first.close();
        }
        reader.stop();
        assertThat(reader.failure()).isNull();
        assertThat(reader.reads()).isPositive();
    }

    /** Reads snapshots in a loop and checks what a chart relies on: times never go backwards. */
    static final class ConcurrentReader implements Runnable {
        private final Series series;
        private volatile boolean running = true;
        private volatile Throwable failure;
        private volatile long reads;

        ConcurrentReader(Series series) {
            this.series = series;
        }

        @Override
        public void run() {
            try {
                while (running) {
                    Series.Snapshot s = series.snapshot();
                    for (int i = 1; i < s.size(); i++) {
                        if (s.time(i) < s.time(i - 1)) {
                            throw new AssertionError("time went backwards at " + i);
                        }
                    }
                    reads++;
                    Thread.onSpinWait();
                }
            } catch (Throwable t) {
                failure = t;
            }
        }

        void stop() {
            running = false;
        }

        Throwable failure() {
            return failure;
        }

        long reads() {
            return reads;
        }
    }
}
