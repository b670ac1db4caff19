package io.sightline.source.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sightline.cli.SightlineCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogsCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SightlineCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void metricsPerIntervalAsCsv() {
        Path apache = Fixtures.realLog("apache-combined-10k.log");
        assertThat(run("logs", apache.toString(), "--metrics", "1h")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(LogsCommand.CSV_HEADER);
        assertThat(lines).hasSize(1 + 84);
        String[] first = lines.get(1).split(",", -1);
        assertThat(first[0]).isEqualTo("2015-05-17T10:00:00Z");
        assertThat(first[1]).isEqualTo("apache-combined-10k.log");
        // grep -c '17/May/2015:10:' apache-combined-10k.log -> 74 requests in that hour
        assertThat(Double.parseDouble(first[2]) * 3600).isEqualTo(74.0, org.assertj.core.data.Offset.offset(0.01));
        // grep '17/May/2015:10:' ... | awk '$9>=400 && $9<500' | wc -l -> 1
        assertThat(Double.parseDouble(first[7]) * 3600).isEqualTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(first[4]).isEmpty(); // no request time in this log: no latency, not zero
        assertThat(err.toString()).contains("format access", "10000 lines: 9999 parsed", "unterminated quoted field=1");
    }

    @Test
    void eventsAsJsonLinesMergedByTimeAcrossFiles() throws Exception {
        Path app = dir.resolve("app.log");
        Files.writeString(app, "2024-01-15 10:00:05.000 [exec-1] ERROR c.e.Checkout - checkout failed\n"
                + "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request "
                + "timed out after 30005ms (total=10, active=10, idle=0, waiting=5)\n"
                + "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n");
        Path db = dir.resolve("db.log");
        Files.writeString(db, "2024-01-15 10:00:01.000 [main] ERROR c.e.Db - refused\n"
                + "org.postgresql.util.PSQLException: FATAL: sorry, too many clients already\n");
        assertThat(run("logs", app.toString(), db.toString(), "--events", "--zone", "UTC")).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = out.toString().lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(events).extracting(e -> e.get("kind").asText()).containsExactly(
                "log.db-refused", "log.exception", "log.pool-timeout", "log.exception");
        assertThat(events.get(0).get("source").asText()).isEqualTo("log/db.log");
        assertThat(events.get(0).get("time").asText()).isEqualTo("2024-01-15T10:00:01Z");
        JsonNode timeout = events.get(2);
        assertThat(timeout.get("attributes").get("waiting").asText()).isEqualTo("5");
        assertThat(timeout.get("attributes").get("pool").asText()).isEqualTo("HikariPool-1");
    }

    @Test
    void unreadableFileIsOneLineAndExitTwo() {
        assertThat(run("logs", dir.resolve("missing.log").toString())).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("missing.log").contains("no such file");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownFormatIsRejectedBeforeReading() throws Exception {
        Path app = dir.resolve("app.log");
        Files.writeString(app, "x\n");
        assertThat(run("logs", app.toString(), "--format", "yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown log format 'yaml'");
    }
}
