package io.sightline.demo.db;

import com.fasterxml.jackson.databind.JsonNode;
import io.sightline.concurrent.Lifecycle;
import io.sightline.demo.proc.ChildChannel;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;

/**
 * The demo's database process: an H2 TCP server holding the shop's catalogue, and in front of it the
 * {@link FaultProxy} through which the service reaches it. The proxy lives here rather than in a process of its
 * own because it models the network in front of the database and one JVM less matters on a 2-core machine;
 * the service still crosses two real loopback sockets, so its threads block in socket reads as in production.
 */
public final class DatabaseMain {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMain.class);

    private DatabaseMain() {
    }

    public static void main(String[] args) throws Exception {
        // H2 reads this once, when its SysProperties load: the server must listen on loopback only.
        System.setProperty("h2.bindAddress", "127.0.0.1");
        ChildChannel channel = ChildChannel.open();
        JsonNode config = channel.config();
        Lifecycle lifecycle = new Lifecycle();
        Runtime.getRuntime().addShutdownHook(new Thread(lifecycle::close, "shutdown"));

        String url = "jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1";
        String user = config.path("user").asText();
        String password = config.path("password").asText();
        Connection keeper = DriverManager.getConnection(url, user, password);
        lifecycle.own(keeper);
        Catalogue.seed(keeper, config.path("products").asInt(5000), config.path("carts").asInt(2000));

        Server server = Server.createTcpServer("-tcpPort", "0").start();
        lifecycle.own(server::stop);
        FaultProxy proxy = lifecycle.own(FaultProxy.start(server.getPort(), lifecycle));
        LockingBatchJob batchJob = new LockingBatchJob(() -> DriverManager.getConnection(url, user, password),
                lifecycle.newScheduler("stock-reconcile"));
        LOG.info("database listening on 127.0.0.1:{}, clients connect through 127.0.0.1:{}",
                server.getPort(), proxy.port());
        channel.serve(command -> apply(command, proxy, batchJob));
        channel.send(Map.of("event", "ready", "dbPort", server.getPort(), "proxyPort", proxy.port()));
    }

    private static void apply(JsonNode command, FaultProxy proxy, LockingBatchJob batchJob) {
        switch (command.path("cmd").asText()) {
            case "db-network" -> proxy.configure(millis(command, "latencyMs"), millis(command, "jitterMs"),
                    millis(command, "stallEveryMs"), millis(command, "stallForMs"));
            case "db-lock-job" -> batchJob.schedule(millis(command, "holdMs"), millis(command, "everyMs"));
            default -> LOG.warn("unknown command {}", command);
        }
    }

    private static Duration millis(JsonNode command, String field) {
        return Duration.ofMillis(command.path(field).asLong(0));
    }
}
