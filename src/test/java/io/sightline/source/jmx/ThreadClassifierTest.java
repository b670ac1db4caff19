package io.sightline.source.jmx;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier on real stacks: {@code real-thread-dump.txt} was recorded by {@link ThreadDumpIT} from a target
 * JVM whose threads really waited on a one-connection HikariCP pool, really read a socket under H2's JDBC client,
 * really read from an HTTP server that never answered, blocked on a monitor and spun.
 */
class ThreadClassifierTest {
    private static final Map<String, ThreadClass> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("request-", ThreadClass.WAITING_FOR_POOL_CONNECTION);
        EXPECTED.put("query-", ThreadClass.JDBC_IO);
        EXPECTED.put("downstream-", ThreadClass.DOWNSTREAM_IO); // HttpURLConnection and java.net.http
        EXPECTED.put("lock-waiter", ThreadClass.BLOCKED_ON_LOCK);
        EXPECTED.put("spinner", ThreadClass.RUNNABLE_CPU);
        EXPECTED.put("lock-holder", ThreadClass.IDLE);              // sleeping while holding the monitor
        EXPECTED.put("main", ThreadClass.IDLE);                     // reading stdin
        EXPECTED.put("H2 TCP Server", ThreadClass.IDLE);            // the in-process DB server, not a JDBC client
        EXPECTED.put("RMI TCP", ThreadClass.IDLE);                  // inbound JMX connections and our own dump
        EXPECTED.put("HttpClient-", ThreadClass.IDLE);              // selector and idle workers of java.net.http
        EXPECTED.put("", ThreadClass.IDLE);                         // everything else in that JVM waited for work
    }

    @Test
    void classifiesEveryThreadOfARealDump() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("real-thread-dump.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(lines).hasSizeGreaterThan(20);
        Map<ThreadClass, Integer> seen = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\\|", -1);
            List<String> frames = parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split(";"));
            ThreadClass actual = ThreadClassifier.classify(parts[1], frames);
            assertThat(actual).as(parts[0] + " " + parts[1]).isEqualTo(expected(parts[0]));
            seen.merge(actual, 1, Integer::sum);
        }
        assertThat(seen).containsEntry(ThreadClass.WAITING_FOR_POOL_CONNECTION, 3).containsEntry(ThreadClass.JDBC_IO, 2)
                .containsEntry(ThreadClass.DOWNSTREAM_IO, 3).containsEntry(ThreadClass.BLOCKED_ON_LOCK, 1)
                .containsEntry(ThreadClass.RUNNABLE_CPU, 1);
    }

    @Test
    void aJdbcReadBeatsTheHttpClientOnTheSameStackAndThePoolWaitBeatsEverything() {
        List<String> jdbc = List.of("sun.nio.ch.SocketDispatcher.read0", "java.net.Socket$SocketInputStream.read",
                "org.postgresql.core.PGStream.receiveChar", "org.postgresql.jdbc.PgStatement.executeQuery",
                "com.example.Handler.handle", "sun.net.httpserver.ServerImpl$Exchange.run");
        assertThat(ThreadClassifier.classify("RUNNABLE", jdbc)).isEqualTo(ThreadClass.JDBC_IO);
        List<String> pool = List.of("jdk.internal.misc.Unsafe.park", "com.zaxxer.hikari.util.ConcurrentBag.borrow",
                "com.zaxxer.hikari.pool.HikariPool.getConnection");
        assertThat(ThreadClassifier.classify("TIMED_WAITING", pool)).isEqualTo(ThreadClass.WAITING_FOR_POOL_CONNECTION);
    }

    private static ThreadClass expected(String threadName) {
        return EXPECTED.entrySet().stream().filter(e -> threadName.startsWith(e.getKey())).findFirst().orElseThrow().getValue();
    }
}
