package io.sightline.demo.db;

import io.sightline.concurrent.Lifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A TCP proxy on loopback between the service and the database that can add latency to every round trip (the
 * database's answers are delayed by {@code latency + random(jitter)}) and stall all traffic for {@code stallFor}
 * every {@code stallEvery}. Settings change at run time and apply to open connections at once.
 */
final class FaultProxy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FaultProxy.class);
    private static final int BUFFER = 16 * 1024;

    private final ServerSocket server;
    private final int target;
    private final ExecutorService pumps;
    private volatile Settings settings = new Settings(0, 0, 0, 0, System.nanoTime());

    private record Settings(long latencyNanos, long jitterNanos, long stallEveryNanos, long stallForNanos, long since) {
        /** Nanos until the current stall ends, or 0 when traffic flows. */
        long stallRemaining(long now) {
            if (stallEveryNanos <= 0 || stallForNanos <= 0) {
                return 0;
            }
            long phase = Math.floorMod(now - since, stallEveryNanos);
            long stallStart = stallEveryNanos - stallForNanos;
            return phase >= stallStart ? stallEveryNanos - phase : 0;
        }
    }

    private FaultProxy(ServerSocket server, int target, ExecutorService pumps) {
        this.server = server;
        this.target = target;
        this.pumps = pumps;
    }

    static FaultProxy start(int targetPort, Lifecycle lifecycle) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        FaultProxy proxy = new FaultProxy(server, targetPort, lifecycle.newCachedPool("db-link"));
        lifecycle.newThread("db-link-accept", proxy::acceptLoop).start();
        return proxy;
    }

    int port() {
        return server.getLocalPort();
    }

    void configure(Duration latency, Duration jitter, Duration stallEvery, Duration stallFor) {
        settings = new Settings(latency.toNanos(), jitter.toNanos(), stallEvery.toNanos(), stallFor.toNanos(),
                System.nanoTime());
        LOG.debug("link settings: latency {} ms, jitter {} ms, stall {} ms every {} ms", latency.toMillis(),
                jitter.toMillis(), stallFor.toMillis(), stallEvery.toMillis());
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket db = new Socket(InetAddress.getLoopbackAddress(), target);
                client.setTcpNoDelay(true);
                db.setTcpNoDelay(true);
                pumps.execute(() -> pump(client, db, false));
                pumps.execute(() -> pump(db, client, true));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("accept failed: {}", e.toString());
                }
            }
        }
    }

    /** Copies one direction; answers from the database ({@code delayed}) wait out the configured latency. */
    private void pump(Socket from, Socket to, boolean delayed) {
        byte[] buffer = new byte[BUFFER];
        try (from; to; InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                waitOutFaults(delayed);
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            LOG.debug("link closed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitOutFaults(boolean delayed) throws InterruptedException {
        Settings s = settings;
        long stall = s.stallRemaining(System.nanoTime());
        long delay = delayed ? s.latencyNanos + (s.jitterNanos > 0 ? ThreadLocalRandom.current().nextLong(s.jitterNanos) : 0) : 0;
        long total = stall + delay;
        if (total > 0) {
            Thread.sleep(total / 1_000_000, (int) (total % 1_000_000));
        }
    }
}
