package io.sightline.demo;

import io.sightline.concurrent.Lifecycle;
import io.sightline.demo.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the demo on the short test scenario and watches it from outside, as Sightline will: a plain JMX client
 * across processes, and the log files.
 */
class DemoIncidentIT {
    private static final Pattern SERVER_ERROR = Pattern.compile("\" 5\\d\\d \\S+ \"[^\"]*\" \"[^\"]*\" \\d+$");
    private static final String POOL_TIMEOUT = "shop-db - Connection is not available, request timed out after ";

    private final Lifecycle lifecycle = new Lifecycle();

    @AfterEach
    void stop() {
        lifecycle.close();
    }

    @Test
    void anOutsideJmxClientSeesThreadsWaitingForConnectionsAfterTheOnset(@TempDir Path runs) throws Exception {
        RunningDemo demo = DemoLauncher.start(DemoOptions.of(new ScenarioLoader().load("test-pool-undersized"), runs),
                lifecycle);
        Instant onset = demo.clock().onset().orElseThrow();
        ObjectName pool = new ObjectName("com.zaxxer.hikari:type=Pool (" + demo.poolName() + ")");

        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> Instant.now().isAfter(onset) && waiting(demo.jmxUrl(), pool) > 0);

        await().atMost(Duration.ofSeconds(20)).until(() -> lines(demo.accessLog()).stream()
                .anyMatch(line -> SERVER_ERROR.matcher(line).find()));
        await().atMost(Duration.ofSeconds(20)).until(() -> lines(demo.appLog()).stream()
                .anyMatch(line -> line.contains(POOL_TIMEOUT)));
        assertThat(demo.loadStats().offered()).isPositive();
        assertThat(inputArguments(demo.jmxUrl())).as("nothing on the service's command line names the scenario")
                .noneMatch(arg -> arg.contains("pool-undersized") || arg.contains("test-pool") || arg.contains("PoolSize"));
        List<Long> pids = demo.pids();

        demo.close();

        await().atMost(Duration.ofSeconds(10)).until(() -> pids.stream()
                .noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));
    }

    private static int waiting(String url, ObjectName pool) throws IOException, javax.management.JMException {
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(url))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            return (Integer) server.getAttribute(pool, "ThreadsAwaitingConnection");
        }
    }

    private static List<String> inputArguments(String url) throws IOException, javax.management.JMException {
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(url))) {
            return List.of((String[]) connector.getMBeanServerConnection()
                    .getAttribute(new ObjectName("java.lang:type=Runtime"), "InputArguments"));
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
