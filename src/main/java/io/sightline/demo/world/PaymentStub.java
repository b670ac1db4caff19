package io.sightline.demo.world;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sightline.concurrent.Lifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A payment provider on loopback: {@code POST /pay} answers after {@code latency + random(jitter)}, approving all
 * but {@code declineRate} of the payments. Each request sleeps on its own thread, as a slow provider would keep
 * its callers waiting.
 */
final class PaymentStub implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentStub.class);

    private final HttpServer server;
    private final double declineRate;
    private volatile long latencyMs;
    private volatile long jitterMs;

    private PaymentStub(HttpServer server, double declineRate) {
        this.server = server;
        this.declineRate = declineRate;
    }

    static PaymentStub start(double declineRate, Lifecycle lifecycle) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 500);
        PaymentStub stub = new PaymentStub(server, declineRate);
        server.createContext("/pay", stub::pay);
        server.setExecutor(lifecycle.newCachedPool("payment-stub"));
        server.start();
        return stub;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void configure(Duration latency, Duration jitter) {
        latencyMs = latency.toMillis();
        jitterMs = jitter.toMillis();
        LOG.debug("payment answers after {} ms + up to {} ms", latencyMs, jitterMs);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void pay(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Thread.sleep(latencyMs + (jitterMs > 0 ? random.nextLong(jitterMs) : 0));
            boolean approved = random.nextDouble() >= declineRate;
            byte[] body = ("{\"status\":\"" + (approved ? "approved" : "declined") + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
