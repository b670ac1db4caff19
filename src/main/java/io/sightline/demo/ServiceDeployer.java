package io.sightline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.sightline.concurrent.Lifecycle;
import io.sightline.demo.proc.ChildProcess;
import io.sightline.demo.scenario.Scenario;
import io.sightline.demo.service.ServiceMain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the demo service process and deploys new releases the way a real config push does: the old process
 * stops, a new one starts with the new configuration on the same HTTP and JMX ports.
 */
final class ServiceDeployer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceDeployer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Lifecycle lifecycle;
    private final Path runDir;
    private final int jmxPort;
    private final Map<String, Object> connection;
    private int httpPort;
    private Scenario.PoolSpec pool;
    private String release;
    private ChildProcess process;

    /**
     * @param connection JDBC URL, user, password and payment URL, sent to each new process over its pipe
     */
    ServiceDeployer(Lifecycle lifecycle, Path runDir, int jmxPort, Map<String, Object> connection) {
        this.lifecycle = lifecycle;
        this.runDir = runDir;
        this.jmxPort = jmxPort;
        this.connection = Map.copyOf(connection);
    }

    /** Stops the running release (if any) and starts {@code newRelease}; returns when the service answers. */
    synchronized void deploy(String newRelease, Scenario.PoolSpec newPool, List<String> defects) {
        pool = pool == null ? newPool : newPool.over(pool);
        release = newRelease == null ? release : newRelease;
        if (process != null) {
            LOG.info("deploying release {}: stopping pid {}", release, process.pid());
            process.close();
        }
        Map<String, Object> config = new LinkedHashMap<>(connection);
        config.put("httpPort", httpPort);
        config.put("release", release);
        config.put("defects", defects);
        config.put("pool", Map.of("maximumPoolSize", pool.maximumPoolSize(),
                "connectionTimeoutMs", pool.connectionTimeout().toMillis(),
                "leakDetectionThresholdMs", pool.leakDetectionThreshold() == null ? 0
                        : pool.leakDetectionThreshold().toMillis()));
        process = ChildProcess.start("service", ServiceMain.class, ChildJvm.service(runDir, jmxPort), config, runDir,
                message -> LOG.debug("service: {}", message), lifecycle);
        JsonNode ready = process.awaitReady(START_TIMEOUT);
        httpPort = ready.path("httpPort").asInt();
        LOG.info("release {} running as pid {} on port {}", release, process.pid(), httpPort);
    }

    synchronized void send(Object command) {
        process.send(command);
    }

    synchronized int httpPort() {
        return httpPort;
    }

    synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.close();
        }
    }
}
