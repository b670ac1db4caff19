package io.sightline.demo;

import io.sightline.demo.proc.ChildProcess;
import io.sightline.demo.scenario.Scenario;
import io.sightline.demo.service.ServiceMain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A demo incident in progress: its own database, service and load processes, owned by this JVM. Close it (or
 * the {@link io.sightline.concurrent.Lifecycle} it was started with) to end every process; they also end by
 * themselves within a few seconds if this JVM dies, even by {@code kill -9}.
 *
 * <p>Connect to it as to any production service: {@link #jmxUrl()} for JMX (the HikariCP pool is
 * {@link #poolName()}), {@link #logs()} for the access and application logs. {@link #clock()} gives the
 * scenario's time line (the incident clock); {@link #onLoad(Consumer)} the load generator's per-second counts.
 */
public final class RunningDemo implements AutoCloseable {
    private final Scenario scenario;
    private final Path runDir;
    private final int jmxPort;
    private final ScenarioClock clock;
    private final ServiceDeployer service;
    private final List<ChildProcess> supporting;
    private final LoadMonitor load;
    private final DemoDatabase database;
    private final Thread shutdownHook = new Thread(this::close, "demo-shutdown");
    private boolean closed;

    RunningDemo(Scenario scenario, Path runDir, int jmxPort, ScenarioClock clock, ServiceDeployer service,
                List<ChildProcess> supporting, LoadMonitor load, DemoDatabase database) {
        this.scenario = scenario;
        this.runDir = runDir;
        this.jmxPort = jmxPort;
        this.clock = clock;
        this.service = service;
        this.supporting = List.copyOf(supporting);
        this.load = load;
        this.database = database;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The service's JMX URL on 127.0.0.1; it stays the same across the service's restarts. */
    public String jmxUrl() {
        return "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi";
    }

    public int jmxPort() {
        return jmxPort;
    }

    /** The HikariCP pool name; its MBean is {@code com.zaxxer.hikari:type=Pool (NAME)}. */
    public String poolName() {
        return ServiceMain.POOL_NAME;
    }

    /**
     * The database as a DBA on its host reaches it: the H2 server's own port, not the fault proxy the service goes
     * through, so its view of sessions and statements is the server's, whatever the network in between does.
     */
    public DemoDatabase database() {
        return database;
    }

    /** The access log, then the application log. */
    public List<Path> logs() {
        return List.of(accessLog(), appLog());
    }

    /** Apache combined format with the request time in microseconds as the last field. */
    public Path accessLog() {
        return runDir.resolve("access.log");
    }

    /** Logback's standard pattern; HikariCP's messages appear verbatim. */
    public Path appLog() {
        return runDir.resolve("app.log");
    }

    /** The run's folder: the service logs, plus the database's and load generator's own logs. */
    public Path runDir() {
        return runDir;
    }

    public Scenario scenario() {
        return scenario;
    }

    public ScenarioClock clock() {
        return clock;
    }

    /** The service's base URL on loopback. */
    public String serviceUrl() {
        return "http://127.0.0.1:" + service.httpPort();
    }

    /** The most recent second of load counts. */
    public LoadStats loadStats() {
        return load.latest();
    }

    /** Calls {@code listener} with each second's load counts, on the thread that reads the load process. */
    public void onLoad(Consumer<LoadStats> listener) {
        load.listeners.add(listener);
    }

    /** Process ids of the demo's processes right now (the service's changes when it is redeployed). */
    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        supporting.forEach(c -> pids.add(c.pid()));
        pids.add(service.pid());
        return pids;
    }

    /** Stops the load first, then the service, then the database; waits a few seconds at most. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | SecurityException alreadyShuttingDown) {
            // called from the hook itself, or during JVM shutdown: nothing to remove
        }
        supporting.forEach(ChildProcess::endInput);
        service.close();
        supporting.forEach(ChildProcess::close);
    }

    /** Keeps the latest load counts and tells listeners. */
    static final class LoadMonitor {
        private final List<Consumer<LoadStats>> listeners = new CopyOnWriteArrayList<>();
        private volatile LoadStats latest = LoadStats.NONE;

        LoadStats latest() {
            return latest;
        }

        void accept(LoadStats stats) {
            latest = stats;
            listeners.forEach(l -> l.accept(stats));
        }
    }
}
