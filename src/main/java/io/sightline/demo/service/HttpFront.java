package io.sightline.demo.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sightline.concurrent.Lifecycle;
import io.sightline.concurrent.NamedThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The service's HTTP front: a bounded worker pool of {@value #WORKERS} threads (as a servlet container has),
 * routing to {@link ShopEndpoints}, turning failures into 500/503 with the exception logged, and writing one
 * access-log line per request.
 */
final class HttpFront implements AutoCloseable {
    static final int WORKERS = 200;
    private static final Logger LOG = LoggerFactory.getLogger("io.sightline.shop.web.DispatcherHandler");

    /** One endpoint: query parameters in, response out. */
    interface Endpoint {
        ShopEndpoints.Response handle(Map<String, String> query) throws Exception;
    }

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final AccessLog accessLog = new AccessLog();

    private HttpFront(HttpServer server, ThreadPoolExecutor workers) {
        this.server = server;
        this.workers = workers;
    }

    static HttpFront start(int port, ShopEndpoints shop, RecommendationCache cache, Lifecycle lifecycle)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(2000), new NamedThreadFactory("http-worker"));
        HttpFront front = new HttpFront(server, workers);
        front.route("/browse", query -> shop.browse(query, cache.size()));
        front.route("/cart", shop::cart);
        front.route("/checkout", shop::checkout);
        front.route("/health", query -> new ShopEndpoints.Response(200, "{\"status\":\"UP\"}"));
        server.setExecutor(workers);
        server.start();
        return front;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Graceful, as a container's shutdown: stop accepting, let running requests finish briefly, then interrupt. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void route(String path, Endpoint endpoint) {
        server.createContext(path, exchange -> serve(exchange, endpoint));
    }

    private void serve(HttpExchange exchange, Endpoint endpoint) {
        long startMillis = System.currentTimeMillis();
        long startNanos = System.nanoTime();
        ShopEndpoints.Response response = respond(exchange, endpoint);
        int bytes = 0;
        try (exchange) {
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            bytes = body.length;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.toString());
        } finally {
            accessLog.log(exchange, startMillis, response.status(), bytes, (System.nanoTime() - startNanos) / 1000);
        }
    }

    private static ShopEndpoints.Response respond(HttpExchange exchange, Endpoint endpoint) {
        String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
        try {
            return endpoint.handle(query(exchange.getRequestURI()));
        } catch (SQLTransientConnectionException e) {
            LOG.error("Request processing failed: {}", request, e);
            return new ShopEndpoints.Response(503, "{\"error\":\"service unavailable\"}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ShopEndpoints.Response(503, "{\"error\":\"shutting down\"}");
        } catch (Exception e) {
            LOG.error("Request processing failed: {}", request, e);
            return new ShopEndpoints.Response(500, "{\"error\":\"internal error\"}");
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return query;
    }
}
