package io.sightline.source.jmx.testtarget;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.tools.Server;

import javax.management.ObjectName;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A real target JVM for the JMX tests, started by {@link TargetProcess}. Each argument sets up one behaviour;
 * stdin lines add pools later ({@code pool NAME}); stdin EOF ends the process, so none outlives its test.
 *
 * <ul>
 *   <li>{@code pool:NAME:MAX} a HikariCP pool over H2 in memory, registerMbeans=true</li>
 *   <li>{@code starve:NAME:WAITERS} a pool of one connection held forever and WAITERS threads waiting for it</li>
 *   <li>{@code jdbc-io:N} an H2 TCP server and N threads whose query sleeps on the server (socket read)</li>
 *   <li>{@code http-io:N} N threads reading from an HTTP server that accepts and never answers (HttpURLConnection
 *       and java.net.http)</li>
 *   <li>{@code blocked} one thread holding a monitor, one BLOCKED on it</li>
 *   <li>{@code cpu} one thread spinning</li>
 *   <li>{@code hostile} an MBean whose attribute is an object of a test-only class</li>
 * </ul>
 */
public final class JmxTestTarget {
    private static final List<Object> KEEP = new ArrayList<>();
    private static final Object LOCK = new Object();

    private JmxTestTarget() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            setUp(arg.split(":"));
        }
        System.out.println("READY " + ProcessHandle.current().pid());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("pool ")) {
                pool(line.substring(5).trim(), 2, 30_000);
                System.out.println("OK " + line);
                System.out.flush();
            }
        }
        System.exit(0);
    }

    private static void setUp(String[] a) throws Exception {
        switch (a[0]) {
            case "pool" -> pool(a[1], Integer.parseInt(a[2]), 30_000);
            case "starve" -> starve(a[1], Integer.parseInt(a[2]));
            case "jdbc-io" -> jdbcIo(Integer.parseInt(a[1]));
            case "http-io" -> httpIo(Integer.parseInt(a[1]));
            case "blocked" -> blocked();
            case "cpu" -> daemon("spinner", () -> {
                long x = 0;
                while (true) {
                    x += System.nanoTime() % 7;
                    if (x == 42) {
                        System.out.print("");
                    }
                }
            });
            case "hostile" -> ManagementFactory.getPlatformMBeanServer().registerMBean(new Hostile(),
                    new ObjectName("test:type=Hostile"));
            case "hostile-pool" -> ManagementFactory.getPlatformMBeanServer().registerMBean(new HostilePool(),
                    new ObjectName("com.zaxxer.hikari:type=Pool (evil)"));
            default -> throw new IllegalArgumentException("unknown behaviour " + a[0]);
        }
    }

    private static HikariDataSource pool(String name, int max, long connectionTimeout) {
        return pool(name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", max, connectionTimeout);
    }

    private static HikariDataSource pool(String name, String url, int max, long connectionTimeout) {
        HikariConfig c = new HikariConfig();
        c.setPoolName(name);
        c.setJdbcUrl(url);
        c.setUsername("sa");
        c.setMaximumPoolSize(max);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(connectionTimeout);
        c.setRegisterMbeans(true);
        HikariDataSource ds = new HikariDataSource(c);
        KEEP.add(ds);
        return ds;
    }

    private static void starve(String name, int waiters) throws Exception {
        HikariDataSource ds = pool(name, 1, 600_000);
        KEEP.add(ds.getConnection()); // the only connection, held forever
        for (int i = 0; i < waiters; i++) {
            daemon("request-" + i, () -> ds.getConnection().close());
        }
    }

    private static void jdbcIo(int threads) throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        KEEP.add(server);
        String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:slowdb;DB_CLOSE_DELAY=-1";
        HikariDataSource ds = pool("slowdb", url, threads + 1, 30_000);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ALIAS IF NOT EXISTS SLEEP FOR 'java.lang.Thread.sleep'");
        }
        for (int i = 0; i < threads; i++) {
            daemon("query-" + i, () -> {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.execute("CALL SLEEP(600000)");
                }
            });
        }
    }

    private static void httpIo(int threads) throws Exception {
        ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        KEEP.add(silent);
        daemon("silent-accept", () -> {
            while (true) {
                KEEP.add(silent.accept()); // accept, never answer
            }
        });
        String url = "http://127.0.0.1:" + silent.getLocalPort() + "/slow";
        for (int i = 0; i < threads; i++) {
            daemon("downstream-" + i, () -> {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.getResponseCode();
            });
        }
        HttpClient client = HttpClient.newHttpClient();
        KEEP.add(client);
        daemon("downstream-httpclient", () -> client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()));
    }

    private static void blocked() {
        daemon("lock-holder", () -> {
            synchronized (LOCK) {
                Thread.sleep(Long.MAX_VALUE);
            }
        });
        daemon("lock-waiter", () -> {
            Thread.sleep(200); // let the holder take it first; a test waits for BLOCKED through JMX anyway
            synchronized (LOCK) {
                KEEP.add(new Object());
            }
        });
    }

    private static void daemon(String name, ThrowingRunnable r) {
        Thread t = new Thread(() -> {
            try {
                r.run();
            } catch (Exception e) {
                System.err.println(name + ": " + e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Test-only MBean interface. */
    public interface HostileMBean {
        HostileValue getValue();

        int getHarmless();
    }

    /** An MBean whose attribute is an object of a class no JMX client should deserialise. */
    public static final class Hostile implements HostileMBean {
        @Override
        public HostileValue getValue() {
            return new HostileValue("payload");
        }

        @Override
        public int getHarmless() {
            return 7;
        }
    }

    /** Test-only MBean interface shaped like HikariCP's pool MBean. */
    public interface HostilePoolMBean {
        HostileValue getActiveConnections();

        int getIdleConnections();

        int getTotalConnections();

        int getThreadsAwaitingConnection();
    }

    /** A fake pool MBean whose ActiveConnections is an object no JMX client should deserialise. */
    public static final class HostilePool implements HostilePoolMBean {
        @Override
        public HostileValue getActiveConnections() {
            return new HostileValue("payload");
        }

        @Override
        public int getIdleConnections() {
            return 0;
        }

        @Override
        public int getTotalConnections() {
            return 0;
        }

        @Override
        public int getThreadsAwaitingConnection() {
            return 0;
        }
    }
}
