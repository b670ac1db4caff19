package io.sightline.source.jmx;

import io.sightline.series.Event;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.source.jmx.testtarget.TargetProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.management.ObjectName;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Hung, unreachable, password-protected and hostile targets: each fails fast, in one line, naming the target. */
class JmxFailuresIT {
    private static final Duration PROMISE = Duration.ofSeconds(5);

    private final FastPolling polling = new FastPolling();

    @AfterEach
    void tearDown() {
        polling.close();
    }

    /** A server that accepts connections and never says a word. */
    private ServerSocket silentServer() throws IOException {
        ServerSocket server = polling.lifecycle.own(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        List<Socket> held = new CopyOnWriteArrayList<>();
        polling.lifecycle.newThread("silent-accept", () -> {
            try {
                while (true) {
                    held.add(server.accept());
                }
            } catch (IOException closed) {
                held.forEach(s -> {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                });
            }
        }).start();
        return server;
    }

    private TargetUnavailableException failToConnect(TargetSpec spec, Credentials credentials) {
        long start = System.nanoTime();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> polling.context.connector().connect(spec, credentials));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(thrown).isInstanceOf(TargetUnavailableException.class);
        assertThat(took).as("answer within the 5 s promise").isLessThan(PROMISE);
        assertThat(thrown.getMessage()).doesNotContain("\n").contains("'" + spec.name() + "'");
        return (TargetUnavailableException) thrown;
    }

    @Test
    void aTargetThatAcceptsAndNeverAnswersFailsWithinFiveSeconds() throws IOException {
        ServerSocket silent = silentServer();
        TargetSpec spec = new TargetSpec("hung", "127.0.0.1:" + silent.getLocalPort(), null, false, null);
        TargetUnavailableException e = failToConnect(spec, Credentials.NONE);
        assertThat(e.getMessage()).contains("no answer");
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void aFullServiceUrlToASilentServerFailsWithinFiveSecondsToo() throws IOException {
        ServerSocket silent = silentServer();
        String url = "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + silent.getLocalPort() + "/jmxrmi";
        failToConnect(new TargetSpec("hung-url", url, null, false, null), Credentials.NONE);
    }

    @Test
    void anUnreachableTargetFailsWithinFiveSeconds() {
        int closedPort = TargetProcess.freePort();
        TargetUnavailableException e = failToConnect(TargetSpec.of("127.0.0.1:" + closedPort), Credentials.NONE);
        assertThat(e.getMessage()).contains("connection refused").contains("127.0.0.1:" + closedPort);
    }

    @Test
    void aWrongPasswordFailsWithinFiveSecondsAndTheRightOneConnects(@TempDir Path dir) throws Exception {
        Path passwords = dir.resolve("jmx.password");
        Path access = dir.resolve("jmx.access");
        Files.writeString(passwords, "monitor s3cret\n");
        Files.writeString(access, "monitor readonly\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        try (TargetProcess target = TargetProcess.start(0, List.of("-Dcom.sun.management.jmxremote.authenticate=true",
                "-Dcom.sun.management.jmxremote.password.file=" + passwords,
                "-Dcom.sun.management.jmxremote.access.file=" + access), "pool:shop:2")) {
            TargetSpec spec = new TargetSpec("secured", target.address(), "monitor", false, null);
            TargetUnavailableException e = failToConnect(spec, Credentials.password("wrong"));
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(TargetUnavailableException.Reason.AUTHENTICATION);
            assertThat(e.getMessage()).contains("authentication failed");
            try (TargetConnection ok = polling.context.connector().connect(spec, Credentials.password("s3cret"))) {
                assertThat(PoolMBeans.discover(ok.server())).extracting(PoolMBeans.PoolNames::pool).containsExactly("shop");
            }
            // through the registry: a wrong password fails for good (no retries that could lock the account) ...
            TargetRegistry registry = polling.lifecycle.own(new TargetRegistry(
                    new SavedTargets(new io.sightline.workspace.Workspace(dir.resolve("home"))), polling.context));
            TargetPoller first = registry.connect(spec, Credentials.password("wrong"));
            await().atMost(PROMISE).until(() -> first.state().phase() == TargetState.Phase.FAILED);
            assertThat(first.status()).startsWith("failed: target 'secured'").contains("authentication failed");
            // ... and connecting again with the right one replaces the failed poller
            TargetPoller second = registry.connect(spec, Credentials.password("s3cret"));
            await().atMost(Duration.ofSeconds(10)).until(() -> second.state().phase() == TargetState.Phase.CONNECTED);
            assertThat(second).isNotSameAs(first);
        }
    }

    @Test
    void theSerializationFilterRefusesAForeignClassAndNormalAttributesStillWork() throws Exception {
        assertThat(JmxSecurity.filterActive()).isTrue();
        try (TargetProcess target = TargetProcess.start("hostile", "hostile-pool", "pool:shop:2");
             TargetConnection c = polling.context.connector().connect(TargetSpec.of(target.address()), Credentials.NONE)) {
            ObjectName hostile = new ObjectName("test:type=Hostile");
            assertThatThrownBy(() -> c.server().getAttribute(hostile, "Value"))
                    .satisfies(e -> assertThat(JmxSecurity.refusalMessage(e))
                            .contains("io.sightline.source.jmx.testtarget.HostileValue").contains("refuses to deserialise"));
            assertThat(c.server().getAttribute(hostile, "Harmless")).isEqualTo(7);
            assertThat(c.server().getAttribute(new ObjectName("java.lang:type=Runtime"), "Uptime")).isInstanceOf(Long.class);
        }
    }

    @Test
    void thePollerSkipsARefusedPoolMBeanAndKeepsPollingTheRest() {
        try (TargetProcess target = TargetProcess.start("hostile-pool", "pool:shop:2")) {
            TargetPoller poller = polling.poll("mixed", target.address(), Duration.ofMillis(200));
            await().atMost(Duration.ofSeconds(20)).until(() -> polling.store.events().all().stream()
                    .anyMatch(e -> e.kind().equals(PollPlan.EVENT_REFUSED)));
            Event refused = polling.store.events().all().stream().filter(e -> e.kind().equals(PollPlan.EVENT_REFUSED)).findFirst().orElseThrow();
            assertThat(refused.text()).contains("HostileValue").contains("Pool (evil)").contains("'mixed'");
            Series shop = polling.store.series(SeriesId.of("jmx", "mixed", Metrics.POOL_TOTAL, Map.of("pool", "shop")),
                    io.sightline.series.Unit.CONNECTIONS);
            int before = shop.size();
            await().atMost(Duration.ofSeconds(10)).until(() -> shop.size() >= before + 3);
            assertThat(poller.state().phase()).isEqualTo(TargetState.Phase.CONNECTED);
            assertThat(poller.pools()).extracting(PoolView::pool).containsExactly("shop");
            assertThat(polling.store.events().all()).filteredOn(e -> e.kind().equals(PollPlan.EVENT_REFUSED)).hasSize(1);
        }
    }

    @Test
    void aHungTargetNeverDelaysAnotherTarget() throws IOException {
        ServerSocket silent = silentServer();
        try (TargetProcess target = TargetProcess.start("pool:shop:2")) {
            TargetPoller hung = polling.poll("hung", "127.0.0.1:" + silent.getLocalPort(), Duration.ofMillis(100));
            polling.poll("healthy", target.address(), Duration.ofMillis(100));
            Series uptime = polling.store.series(SeriesId.of("jmx", "healthy", Metrics.UPTIME), io.sightline.series.Unit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(20)).until(() -> uptime.size() >= 1);
            int start = uptime.size();
            // 2 s of 100 ms ticks while the hung target's connect sits in its 3 s handshake timeout
            await().atMost(Duration.ofSeconds(2)).until(() -> uptime.size() >= start + 10);
            assertThat(hung.state().phase()).isIn(TargetState.Phase.CONNECTING, TargetState.Phase.RECONNECTING);
            await().atMost(Duration.ofSeconds(10)).until(() -> hung.state().phase() == TargetState.Phase.RECONNECTING);
            assertThat(hung.status()).contains("hung").contains("no answer");
        }
    }

    @Test
    void aFrozenTargetMidSessionNeverDelaysAnotherTargetOfTheSameInterval() throws Exception {
        try (TargetProcess frozen = TargetProcess.start("pool:a:2"); TargetProcess healthy = TargetProcess.start("pool:b:2")) {
            // frozen first: healthy's ticks queue behind it in each batch
            TargetPoller f = polling.poll("frozen", frozen.address(), Duration.ofMillis(100));
            TargetPoller h = polling.poll("healthy", healthy.address(), Duration.ofMillis(100));
            await().atMost(Duration.ofSeconds(20)).until(() -> f.state().phase() == TargetState.Phase.CONNECTED
                    && h.state().phase() == TargetState.Phase.CONNECTED);
            Series uptime = polling.store.series(SeriesId.of("jmx", "healthy", Metrics.UPTIME), io.sightline.series.Unit.MILLISECONDS);
            signal("STOP", frozen.pid()); // the JVM stops answering mid-session: reads hang until the read timeout
            try {
                await().atMost(Duration.ofSeconds(5)).until(() -> f.tickInFlight().toMillis() > 500);
                int start = uptime.size();
                // 2 s of 100 ms ticks while the frozen target's read hangs in the same tick group
                await().atMost(Duration.ofSeconds(2)).until(() -> uptime.size() >= start + 10);
            } finally {
                signal("CONT", frozen.pid());
            }
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
    }
}
