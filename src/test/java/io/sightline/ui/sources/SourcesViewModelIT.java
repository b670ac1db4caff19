package io.sightline.ui.sources;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import io.sightline.source.jmx.Credentials;
import io.sightline.source.jmx.PollContext;
import io.sightline.source.jmx.SavedTargets;
import io.sightline.source.jmx.TargetRegistry;
import io.sightline.source.jmx.TargetSpec;
import io.sightline.source.jmx.TargetState;
import io.sightline.source.jmx.ThreadClass;
import io.sightline.source.jmx.ThreadDump;
import io.sightline.source.jmx.testtarget.TargetProcess;
import io.sightline.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The sources panel's view model over a real registry and real target JVMs (no FX toolkit needed). */
class SourcesViewModelIT {
    private final Lifecycle lifecycle = new Lifecycle();
    private final Executor direct = Runnable::run;

    @AfterEach
    void tearDown() {
        lifecycle.close();
    }

    @Test
    void addsConnectsDumpsAndRemovesATargetAndListsLocalJvms(@TempDir Path home) throws Exception {
        TargetRegistry registry = lifecycle.own(new TargetRegistry(new SavedTargets(new Workspace(home)),
                new PollContext(new SeriesStore(), Clock.systemUTC(), lifecycle)));
        SourcesViewModel model = new SourcesViewModel(registry, direct, direct, Clock.systemUTC());
        try (TargetProcess target = TargetProcess.start("starve:tiny:2");
             TargetProcess local = TargetProcess.startLocalOnly()) {
            model.saveAndConnect(new TargetSpec("shop", target.address(), "monitor", false, null), null,
                    Credentials.password("never-on-disk"));
            assertThat(Files.readString(home.resolve("targets.json"))).doesNotContain("never-on-disk");
            // the target has no authentication: the user is ignored by it, the connection works
            await().atMost(Duration.ofSeconds(20)).until(() -> item(model, "shop") != null
                    && item(model, "shop").phase() == TargetState.Phase.CONNECTED);
            assertThat(item(model, "shop").kind()).isEqualTo(SourceItem.Kind.SAVED);
            assertThat(item(model, "shop").status()).contains("1 pool");

            AtomicReference<ThreadDump> dump = new AtomicReference<>();
            model.threadDump(item(model, "shop"), dump::set);
            await().atMost(Duration.ofSeconds(10)).until(() -> dump.get() != null);
            assertThat(dump.get().counts().get(ThreadClass.WAITING_FOR_POOL_CONNECTION)).isEqualTo(2);
            assertThat(model.message().get()).contains("waiting-for-pool-connection");

            model.refreshLocalJvms();
            await().atMost(Duration.ofSeconds(10)).until(() -> model.items().stream()
                    .anyMatch(i -> i.kind() == SourceItem.Kind.LOCAL && i.spec().address().equals("pid:" + local.pid())));

            model.remove(item(model, "shop"));
            assertThat(item(model, "shop")).isNull();
            assertThat(registry.savedTargets()).isEmpty();
        }
    }

    @Test
    void aSessionTargetSuchAsTheDemoIsListedWithItsFailure(@TempDir Path home) {
        TargetRegistry registry = lifecycle.own(new TargetRegistry(new SavedTargets(new Workspace(home)),
                new PollContext(new SeriesStore(), Clock.systemUTC(), lifecycle)));
        SourcesViewModel model = new SourcesViewModel(registry, direct, direct, Clock.systemUTC());
        int closed = TargetProcess.freePort();
        registry.connect(new TargetSpec("demo", "127.0.0.1:" + closed, null, false, null), Credentials.NONE);
        await().atMost(Duration.ofSeconds(10)).until(() -> item(model, "demo") != null
                && item(model, "demo").phase() == TargetState.Phase.RECONNECTING);
        assertThat(item(model, "demo").kind()).isEqualTo(SourceItem.Kind.SESSION);
        assertThat(item(model, "demo").status()).startsWith("reconnecting, next attempt").contains("connection refused");
    }

    private static SourceItem item(SourcesViewModel model, String name) {
        return model.items().stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }
}
