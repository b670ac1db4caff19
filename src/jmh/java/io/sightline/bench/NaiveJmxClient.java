package io.sightline.bench;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * The reference a plain client sets: one open connection per target, but each second it sweeps the targets one
 * after another, looks the MBeans up again (queryNames), and reads every MBean (pools, their configs, memory, GC,
 * threads, OS, runtime) with one getAttributes each. Benchmark comparison only.
 */
final class NaiveJmxClient implements AutoCloseable {
    private static final String[] POOL = {"ActiveConnections", "IdleConnections", "TotalConnections", "ThreadsAwaitingConnection"};
    private static final String[] CONFIG = {"MaximumPoolSize", "MinimumIdle", "ConnectionTimeout", "IdleTimeout",
            "MaxLifetime", "LeakDetectionThreshold", "ValidationTimeout"};

    private final List<JMXConnector> connectors = new ArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    NaiveJmxClient(List<String> addresses, LongConsumer sweepMicros) throws Exception {
        for (String a : addresses) {
            connectors.add(JMXConnectorFactory.connect(new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + a + "/jmxrmi")));
        }
        scheduler.scheduleAtFixedRate(() -> {
            long t0 = System.nanoTime();
            for (JMXConnector c : connectors) {
                try {
                    sweep(c.getMBeanServerConnection());
                } catch (Exception e) {
                    System.err.println("naive sweep failed: " + e);
                }
            }
            sweepMicros.accept((System.nanoTime() - t0) / 1000);
        }, 0, 1, TimeUnit.SECONDS);
    }

    private static void sweep(MBeanServerConnection s) throws Exception {
        for (ObjectName n : s.queryNames(new ObjectName("com.zaxxer.hikari:*"), null)) {
            s.getAttributes(n, n.getKeyProperty("type").startsWith("PoolConfig") ? CONFIG : POOL);
        }
        s.getAttributes(new ObjectName("java.lang:type=Memory"), new String[] {"HeapMemoryUsage"});
        for (ObjectName gc : s.queryNames(new ObjectName("java.lang:type=GarbageCollector,*"), null)) {
            s.getAttributes(gc, new String[] {"CollectionCount", "CollectionTime"});
        }
        s.getAttributes(new ObjectName("java.lang:type=Threading"), new String[] {"ThreadCount"});
        s.getAttributes(new ObjectName("java.lang:type=OperatingSystem"), new String[] {"ProcessCpuLoad"});
        s.getAttributes(new ObjectName("java.lang:type=Runtime"), new String[] {"Uptime"});
    }

    @Override
    public void close() throws Exception {
        scheduler.shutdownNow();
        for (JMXConnector c : connectors) {
            c.close();
        }
    }
}
