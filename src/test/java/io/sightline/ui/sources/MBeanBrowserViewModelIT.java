package io.sightline.ui.sources;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import io.sightline.source.jmx.AttributeWatch;
import io.sightline.source.jmx.Credentials;
import io.sightline.source.jmx.MBeanCatalog;
import io.sightline.source.jmx.PollContext;
import io.sightline.source.jmx.SavedTargets;
import io.sightline.source.jmx.TargetRegistry;
import io.sightline.source.jmx.TargetSpec;
import io.sightline.source.jmx.TargetState;
import io.sightline.source.jmx.testtarget.TargetProcess;
import io.sightline.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The MBean browser's view model over a real target JVM: list, filter, read, tick to chart. */
class MBeanBrowserViewModelIT {
    private final Lifecycle lifecycle = new Lifecycle();

    @AfterEach
    void tearDown() {
        lifecycle.close();
    }

    @Test
    void listsFiltersReadsAndChartsAnAttribute(@TempDir Path home) throws Exception {
        SeriesStore store = new SeriesStore();
        TargetRegistry registry = lifecycle.own(new TargetRegistry(new SavedTargets(new Workspace(home)),
                new PollContext(store, Clock.systemUTC(), lifecycle)));
        try (TargetProcess target = TargetProcess.start("pool:shop:4")) {
            registry.connect(new TargetSpec("shop", target.address(), null, false, null), Credentials.NONE);
            await().atMost(Duration.ofSeconds(20)).until(() -> registry.poller("shop").orElseThrow().state().phase()
                    == TargetState.Phase.CONNECTED);
            MBeanBrowserViewModel model = new MBeanBrowserViewModel(registry, "shop", Runnable::run);
            model.loadMBeans().get();
            assertThat(model.mbeans()).contains("com.zaxxer.hikari:type=Pool (shop)", "java.lang:type=Threading");
            model.filterProperty().set("HIKARI");
            assertThat(model.mbeans()).containsExactly("com.zaxxer.hikari:type=Pool (shop)",
                    "com.zaxxer.hikari:type=PoolConfig (shop)");

            model.show("com.zaxxer.hikari:type=Pool (shop)").get();
            assertThat(model.attributes()).extracting(e -> e.watch().attribute())
                    .contains("ActiveConnections", "IdleConnections", "ThreadsAwaitingConnection", "TotalConnections");
            MBeanCatalog.Entry waiting = model.attributes().stream()
                    .filter(e -> e.watch().attribute().equals("ThreadsAwaitingConnection")).findFirst().orElseThrow();
            assertThat(waiting.value()).isZero();

            model.setCharted(waiting.watch(), true);
            assertThat(model.isCharted(waiting.watch())).isTrue();
            assertThat(model.message().get()).contains("drag it from SERIES");
            AttributeWatch w = waiting.watch();
            await().atMost(Duration.ofSeconds(10)).until(() -> store.find(w.seriesId("shop"))
                    .map(s -> s.size() > 0).orElse(false));

            registry.disconnect("shop");
            model.loadMBeans().get();
            assertThat(model.message().get()).isEqualTo("shop is not connected.");
        }
    }
}
