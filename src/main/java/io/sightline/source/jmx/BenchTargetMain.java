package io.sightline.source.jmx;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.rmi.registry.LocateRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark target JVM: two HikariCP pools over H2 and {@code count} JMX connector servers on consecutive
 * loopback ports from {@code basePort}, each a separate target for the client. Ends on stdin EOF.
 */
public final class BenchTargetMain {
    // Used by `sightline bench jmx` and the JMH JmxPollBench: a target JVM the benchmark client polls.
    private BenchTargetMain() {
    }

    public static void main(String[] args) throws Exception {
        int basePort = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Object> keep = new ArrayList<>();
        for (String pool : List.of("orders", "catalog")) {
            HikariConfig c = new HikariConfig();
            c.setPoolName(pool);
            c.setJdbcUrl("jdbc:h2:mem:" + pool + ";DB_CLOSE_DELAY=-1");
            c.setMaximumPoolSize(4);
            c.setMinimumIdle(1);
            c.setRegisterMbeans(true);
            keep.add(new HikariDataSource(c));
        }
        for (int i = 0; i < count; i++) {
            int port = basePort + i;
            keep.add(LocateRegistry.createRegistry(port));
            JMXServiceURL url = new JMXServiceURL("service:jmx:rmi://127.0.0.1:" + port + "/jndi/rmi://127.0.0.1:" + port + "/jmxrmi");
            JMXConnectorServer server = JMXConnectorServerFactory.newJMXConnectorServer(url, null,
                    ManagementFactory.getPlatformMBeanServer());
            server.start();
            keep.add(server);
        }
        System.out.println("READY");
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // wait for EOF: the benchmark ended
        }
        System.exit(0);
    }
}
