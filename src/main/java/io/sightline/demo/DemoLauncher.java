package io.sightline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.sightline.concurrent.Lifecycle;
import io.sightline.demo.db.DatabaseMain;
import io.sightline.demo.proc.ChildProcess;
import io.sightline.demo.scenario.Scenario;
import io.sightline.demo.world.WorldMain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the demo incident: the database process (H2 server plus the fault proxy), the world process (load
 * generator plus payment stub) and the service process, then plays the scenario. The GUI and
 * {@code sightline demo} both call {@link #start(DemoOptions, Lifecycle)}.
 */
public final class DemoLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLauncher.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int PRODUCTS = 5000;
    private static final int CARTS = 2000;
    private static final String DB_USER = "shop";
    /** Set it to choose the demo database's password, so that {@code record --db-url} can read it from there too. */
    public static final String DB_PASSWORD_ENV = io.sightline.lint.facts.DbCredentials.PASSWORD_ENV;
    private static final DateTimeFormatter RUN_NAME = DateTimeFormatter.ofPattern("'run-'yyyyMMdd-HHmmss");

    private DemoLauncher() {
    }

    /**
     * Starts every demo process and the scenario; returns once the service answers and the load runs. The demo
     * is owned by {@code lifecycle}: closing it ends every process. On failure, whatever started is stopped.
     *
     * @throws IllegalStateException when a process does not start (the message names it and its stderr file)
     */
    public static RunningDemo start(DemoOptions options, Lifecycle lifecycle) {
        Path runDir = createRunDir(options.runsDir());
        int jmxPort = options.jmxPort() == 0 ? freeLoopbackPort() : options.jmxPort();
        List<ChildProcess> supporting = new ArrayList<>();
        ServiceDeployer service = null;
        try {
            String password = databasePassword();
            RunningDemo.LoadMonitor load = new RunningDemo.LoadMonitor();
            ChildProcess database = startSupport("database", DatabaseMain.class, runDir, Map.of("user", DB_USER,
                    "password", password, "products", PRODUCTS, "carts", CARTS), m -> { }, lifecycle);
            supporting.add(database);
            ChildProcess world = startSupport("loadgen", WorldMain.class, runDir, Map.of("products", PRODUCTS,
                    "carts", CARTS, "paymentLatencyMs", 60, "paymentJitterMs", 40, "declineRate", 0.10),
                    m -> load.accept(LoadStats.of(m)), lifecycle);
            supporting.add(world);
            JsonNode databaseReady = database.awaitReady(READY_TIMEOUT);
            int proxyPort = databaseReady.path("proxyPort").asInt();
            DemoDatabase direct = new DemoDatabase("jdbc:h2:tcp://127.0.0.1:" + databaseReady.path("dbPort").asInt()
                    + "/mem:shop", DB_USER, password.toCharArray());
            int paymentPort = world.awaitReady(READY_TIMEOUT).path("paymentPort").asInt();

            service = new ServiceDeployer(lifecycle, runDir, jmxPort, Map.of(
                    "jdbcUrl", "jdbc:h2:tcp://127.0.0.1:" + proxyPort + "/mem:shop;LOCK_TIMEOUT=10000",
                    "user", DB_USER, "password", password,
                    "paymentUrl", "http://127.0.0.1:" + paymentPort + "/pay"));
            Scenario scenario = options.scenario();
            service.deploy(scenario.release(), scenario.pool(), List.of());

            world.send(loadCommand(scenario.load(), service.httpPort()));
            ScenarioClock clock = new ScenarioClock(Clock.systemUTC(), Clock.systemUTC().instant(), options.speed(),
                    scenario);
            RunningDemo demo = lifecycle.own(new RunningDemo(scenario, runDir, jmxPort, clock, service, supporting, load, direct));
            new ScenarioDriver(scenario, clock, service, database, world).start(lifecycle.newScheduler("demo-scenario"));
            LOG.info("demo {} running in {}: JMX {}, speed {}", scenario.name(), runDir, demo.jmxUrl(), options.speed());
            return demo;
        } catch (RuntimeException e) {
            if (service != null) {
                service.close();
            }
            supporting.forEach(ChildProcess::close);
            throw e;
        }
    }

    /** {@value #DB_PASSWORD_ENV} when set, else a random one that lives only in this JVM and its children. */
    private static String databasePassword() {
        String chosen = System.getenv(DB_PASSWORD_ENV);
        return chosen != null && !chosen.isEmpty() ? chosen : HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    }

    private static ChildProcess startSupport(String role, Class<?> main, Path runDir, Map<String, Object> config,
                                             java.util.function.Consumer<JsonNode> listener, Lifecycle lifecycle) {
        return ChildProcess.start(role, main, ChildJvm.support("128m", runDir, role), config, runDir, listener, lifecycle);
    }

    private static Map<String, Object> loadCommand(Scenario.LoadSpec load, int httpPort) {
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("cmd", "load");
        command.put("target", "http://127.0.0.1:" + httpPort + "/");
        command.put("rate", load.rate());
        command.put("browse", load.mix().browse());
        command.put("cart", load.mix().cart());
        command.put("checkout", load.mix().checkout());
        command.put("timeoutMs", load.timeout().toMillis());
        return command;
    }

    private static Path createRunDir(Path runsDir) {
        try {
            Files.createDirectories(runsDir);
            String name = LocalDateTime.now().format(RUN_NAME);
            Path dir = runsDir.resolve(name);
            for (int i = 2; Files.exists(dir); i++) {
                dir = runsDir.resolve(name + "-" + i);
            }
            return Files.createDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo's run folder under " + runsDir + ": " + e.getMessage(), e);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for JMX: " + e.getMessage(), e);
        }
    }
}
