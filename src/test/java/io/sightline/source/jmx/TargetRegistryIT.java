package io.sightline.source.jmx;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import io.sightline.source.jmx.LocalJvms.LocalJvm;
import io.sightline.source.jmx.testtarget.JmxTestTarget;
import io.sightline.source.jmx.testtarget.TargetProcess;
import io.sightline.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The registry the sources panel uses: a local JVM found and attached on demand, saved remote targets. */
class TargetRegistryIT {
    private final Lifecycle lifecycle = new Lifecycle();
    private final SeriesStore store = new SeriesStore();

    @AfterEach
    void tearDown() {
        lifecycle.close();
    }

    @Test
    void findsALocalJvmWithoutRemoteJmxAndStartsItsAgentOnDemand(@TempDir Path home) {
        PollContext context = new PollContext(store, Clock.systemUTC(), lifecycle);
        TargetRegistry registry = lifecycle.own(new TargetRegistry(new SavedTargets(new Workspace(home)), context));
        AtomicInteger changes = new AtomicInteger();
        registry.onChange(changes::incrementAndGet);
        try (TargetProcess target = TargetProcess.startLocalOnly("pool:local:2")) {
            LocalJvm jvm = registry.refreshLocalJvms().stream().filter(j -> j.pid() == target.pid()).findFirst().orElseThrow();
            assertThat(jvm.mainClass()).isEqualTo(JmxTestTarget.class.getName());
            assertThat(jvm.targetName()).isEqualTo("JmxTestTarget-" + target.pid());
            assertThat(registry.localJvms()).noneMatch(j -> j.pid() == ProcessHandle.current().pid());

            TargetPoller poller = registry.connect(jvm.spec(), Credentials.NONE);
            await().atMost(Duration.ofSeconds(20)).until(() -> poller.pools().stream().anyMatch(p -> p.pool().equals("local")));
            assertThat(registry.pollers()).containsExactly(poller);
            assertThat(changes.get()).isGreaterThan(1);
            registry.disconnect(jvm.targetName());
            assertThat(poller.state().phase()).isEqualTo(TargetState.Phase.STOPPED);
            assertThat(registry.pollers()).isEmpty();
        }
    }

    @Test
    void savedRemoteTargetsConnectAndAreForgottenOnRemove(@TempDir Path home) {
        PollContext context = new PollContext(store, Clock.systemUTC(), lifecycle);
        TargetRegistry registry = lifecycle.own(new TargetRegistry(new SavedTargets(new Workspace(home)), context));
        try (TargetProcess target = TargetProcess.start("pool:remote:2")) {
            TargetSpec spec = new TargetSpec("remote-1", target.address(), null, false, null);
            registry.save(spec);
            TargetRegistry reopened = lifecycle.own(new TargetRegistry(new SavedTargets(new Workspace(home)), context));
            assertThat(reopened.savedTargets()).containsExactly(spec);
            TargetPoller poller = reopened.connect(spec, Credentials.NONE);
            await().atMost(Duration.ofSeconds(20)).until(() -> poller.state().phase() == TargetState.Phase.CONNECTED);
            assertThat(poller.status()).startsWith("connected");
            reopened.remove("remote-1");
            assertThat(reopened.savedTargets()).isEmpty();
            assertThat(reopened.pollers()).isEmpty();
        }
    }
}
