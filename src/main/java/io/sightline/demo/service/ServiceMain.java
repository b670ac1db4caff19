package io.sightline.demo.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.sightline.concurrent.Lifecycle;
import io.sightline.demo.proc.ChildChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The demo shop service: an HTTP server on loopback whose endpoints do JDBC work through a HikariCP pool named
 * {@value #POOL_NAME}, with JMX enabled by the owner's JVM flags. Its configuration (pool settings, release,
 * defects) arrives over the owner pipe, never on the command line, so only what a real service would expose is
 * visible from outside: a deploy is a restart of this process with a new configuration.
 */
public final class ServiceMain {
    public static final String POOL_NAME = "shop-db";
    private static final Logger LOG = LoggerFactory.getLogger("io.sightline.shop.ShopApplication");

    private ServiceMain() {
    }

    public static void main(String[] args) throws Exception {
        ChildChannel channel = ChildChannel.open();
        JsonNode config = channel.config();
        Lifecycle lifecycle = new Lifecycle();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down");
            lifecycle.close();
        }, "shutdown"));
        LOG.info("Starting shop-service {} on Java {} (pid {})", config.path("release").asText(),
                System.getProperty("java.version"), ProcessHandle.current().pid());

        HikariDataSource dataSource = lifecycle.own(new HikariDataSource(hikariConfig(config)));
        Set<String> defects = new HashSet<>();
        config.path("defects").forEach(d -> defects.add(d.asText()));
        PaymentClient payments = new PaymentClient(URI.create(config.path("paymentUrl").asText()),
                lifecycle.newCachedPool("payment-client"));
        ShopEndpoints shop = new ShopEndpoints(dataSource, payments, defects.contains("leak-on-payment-decline"));
        RecommendationCache cache = new RecommendationCache(lifecycle.newScheduler("recommendation-refresh"));
        HttpFront front = lifecycle.own(HttpFront.start(config.path("httpPort").asInt(0), shop, cache, lifecycle));
        LOG.info("Started shop-service in {} ms, listening on http://127.0.0.1:{}",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(), front.port());
        channel.serve(command -> apply(command, cache));
        channel.send(Map.of("event", "ready", "httpPort", front.port()));
    }

    static HikariConfig hikariConfig(JsonNode config) {
        JsonNode pool = config.path("pool");
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(POOL_NAME);
        hikari.setRegisterMbeans(true);
        hikari.setJdbcUrl(config.path("jdbcUrl").asText());
        hikari.setUsername(config.path("user").asText());
        hikari.setPassword(config.path("password").asText());
        int size = pool.path("maximumPoolSize").asInt();
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(size);
        hikari.setConnectionTimeout(pool.path("connectionTimeoutMs").asLong());
        hikari.setLeakDetectionThreshold(pool.path("leakDetectionThresholdMs").asLong(0));
        hikari.setAutoCommit(true);
        return hikari;
    }

    private static void apply(JsonNode command, RecommendationCache cache) {
        if ("alloc-storm".equals(command.path("cmd").asText())) {
            cache.refresh(command.path("rateMb").asDouble(), command.path("retainMb").asDouble());
        } else {
            LOG.warn("unknown command {}", command);
        }
    }
}
