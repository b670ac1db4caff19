package io.sightline.ui.pools;

import io.sightline.concurrent.Lifecycle;
import io.sightline.lint.Finding;
import io.sightline.lint.LintSeverity;
import io.sightline.series.SeriesStore;
import io.sightline.source.jmx.Credentials;
import io.sightline.source.jmx.PollContext;
import io.sightline.source.jmx.SavedTargets;
import io.sightline.source.jmx.TargetRegistry;
import io.sightline.source.jmx.TargetSpec;
import io.sightline.source.jmx.testtarget.TargetProcess;
import io.sightline.workspace.Workspace;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pools view model over a real registry polling a real target JVM (HikariCP over H2) and a real PostgreSQL
 * for the database's limits. The "UI thread" is the test thread: it drains posted work before each refresh.
 */
class PoolsViewModelIT {
    private static TargetProcess target;
    private static EmbeddedPostgres postgres;

    private final Lifecycle lifecycle = new Lifecycle();
    private final Queue<Runnable> uiQueue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger lintsAndReads = new AtomicInteger();
    private PoolsViewModel model;

    @BeforeAll
    static void startTargets() throws IOException {
        target = TargetProcess.start("pool:shop:5", "starve:jam:3");
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "20").setServerConfig("idle_session_timeout", "10min").start();
    }

    @AfterAll
    static void stopTargets() throws IOException {
        target.close();
        postgres.close();
    }

    private void open(Path home) {
        SeriesStore store = new SeriesStore();
        PollContext context = new PollContext(store, Clock.systemUTC(), lifecycle, Duration.ofMillis(300),
                Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofSeconds(1));
        TargetRegistry registry = lifecycle.own(new TargetRegistry(new SavedTargets(new Workspace(home)), context));
        registry.setInterval(Duration.ofMillis(200));
        registry.connect(new TargetSpec("shop-1", target.address(), null, false, null), Credentials.NONE);
        ExecutorService pool = lifecycle.newCachedPool("pools-test");
        model = new PoolsViewModel(registry, store, r -> {
            lintsAndReads.incrementAndGet();
            pool.execute(r);
        }, uiQueue::add);
    }

    @AfterEach
    void tearDown() {
        lifecycle.close();
    }

    private void refresh() {
        for (Runnable r = uiQueue.poll(); r != null; r = uiQueue.poll()) {
            r.run();
        }
        model.refresh();
    }

    /** The read's result reaches the model through the UI queue, drained by refresh. */
    private void awaitLimitsRead() {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            refresh();
            return !model.readingLimitsProperty().get();
        });
    }

    private PoolRow row(String pool) {
        refresh();
        return model.rows().stream().filter(r -> r.pool().equals(pool)).findFirst().orElse(null);
    }

    private boolean linted(String pool) {
        PoolRow r = row(pool);
        return r != null && r.findingsProperty().get() != null && r.readingProperty().get() != null
                && r.configProperty().get() != null;
    }

    @Test
    void showsEveryPoolWithLiveNumbersConfigAndFindingsLintingOnlyWhenInputsChange(@TempDir Path home) {
        open(home);
        await().atMost(Duration.ofSeconds(30)).until(() -> linted("shop") && linted("jam")
                && !Double.isNaN(row("shop").readingProperty().get().total()));
        assertThat(model.rows()).extracting(PoolRow::target, PoolRow::pool)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shop-1", "jam"),
                        org.assertj.core.groups.Tuple.tuple("shop-1", "shop"));
        PoolRow shop = row("shop");
        assertThat(shop.readingProperty().get().max()).isEqualTo(5);
        assertThat(shop.configProperty().get().connectionTimeout()).isEqualTo(30_000);
        assertThat(shop.saturated()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> row("jam").saturated());
        assertThat(row("jam").readingProperty().get().waiting()).isEqualTo(3);

        int before = lintsAndReads.get();
        for (int i = 0; i < 5; i++) {
            refresh();
        }
        assertThat(lintsAndReads.get()).as("no lint while nothing changed").isEqualTo(before);
        model.setInstances(3);
        refresh();
        assertThat(lintsAndReads.get()).as("one lint for the one target after the facts changed").isEqualTo(before + 1);
    }

    @Test
    void databaseLimitsJoinTheFactsAndTheConnectionBudgetFindingAppears(@TempDir Path home) {
        open(home);
        await().atMost(Duration.ofSeconds(30)).until(() -> linted("shop"));
        assertThat(row("shop").findingsProperty().get()).extracting(Finding::ruleId).doesNotContain("connection-budget");
        model.setInstances(3);
        model.setSurge(1);
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        model.readLimits(url, "postgres", "not-needed-here");
        awaitLimitsRead();
        assertThat(model.limitsTextProperty().get()).contains("max_connections 20").contains("reserved 3")
                .contains("idle_session_timeout 10 min").contains(url);
        await().atMost(Duration.ofSeconds(10)).until(() -> row("shop").findingsProperty().get().stream()
                .anyMatch(f -> f.ruleId().equals("connection-budget")));
        List<Finding> findings = row("shop").findingsProperty().get();
        Finding budget = findings.stream().filter(f -> f.ruleId().equals("connection-budget")).findFirst().orElseThrow();
        assertThat(budget.severity()).isEqualTo(LintSeverity.ERROR);
        assertThat(budget.message()).contains("max_connections 20");
        assertThat(row("shop").count(LintSeverity.ERROR)).isPositive();
    }

    @Test
    void anUnreachableDatabaseIsOneLineNamingTheRedactedUrl(@TempDir Path home) {
        open(home);
        int closed = TargetProcess.freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/app?password=hunter2&connectTimeout=2";
        model.readLimits(url, "app", "s3cret");
        awaitLimitsRead();
        String message = model.messageProperty().get();
        assertThat(message).startsWith("cannot connect to jdbc:postgresql://127.0.0.1:" + closed + "/app?password=***")
                .doesNotContain("hunter2").doesNotContain("s3cret").doesNotContain("\n");
        assertThat(model.readingLimitsProperty().get()).isFalse();
        assertThat(model.limitsTextProperty().get()).startsWith("Database limits not read");
    }
}
