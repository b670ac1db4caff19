package io.sightline.demo.world;

import io.sightline.concurrent.Lifecycle;
import io.sightline.concurrent.SafeRunnable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The demo's users, as an open arrival model: requests arrive as a Poisson process at the configured rate and
 * are sent whether or not earlier ones have completed, as real users keep arriving when a service slows down.
 * Each request is abandoned after the client timeout, and at most {@value #MAX_IN_FLIGHT} are in flight, so a
 * stalled service cannot make the generator grow without bound. Every second it reports offered and completed
 * rates (to its log and to the owner), which is what tells an open model from a closed loop.
 */
final class LoadGenerator {
    static final int MAX_IN_FLIGHT = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(LoadGenerator.class);
    private static final String[] ENDPOINTS = {"browse", "cart", "checkout"};

    private final Lifecycle lifecycle;
    private final Consumer<Object> reporter;
    private final int products;
    private final int carts;
    private final LoadCounters counters = new LoadCounters();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile double rate;
    private volatile boolean started;

    LoadGenerator(Lifecycle lifecycle, Consumer<Object> reporter, int products, int carts) {
        this.lifecycle = lifecycle;
        this.reporter = reporter;
        this.products = products;
        this.carts = carts;
    }

    synchronized void start(URI target, double requestsPerSecond, double[] mix, Duration timeout) {
        if (started) {
            throw new IllegalStateException("the load is already running");
        }
        started = true;
        rate = requestsPerSecond;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).executor(lifecycle.newCachedPool("load-client")).build();
        lifecycle.newThread("load-arrivals", () -> arrivals(client, target, mix, timeout)).start();
        lifecycle.newScheduler("load-report").scheduleAtFixedRate(SafeRunnable.of("load report", this::report),
                1, 1, TimeUnit.SECONDS);
        LOG.info("open-model load: {} requests/s, mix browse/cart/checkout {}/{}/{}, client timeout {} ms",
                requestsPerSecond, mix[0], mix[1], mix[2], timeout.toMillis());
    }

    void rate(double requestsPerSecond) {
        rate = requestsPerSecond;
        LOG.info("arrival rate now {} requests/s", requestsPerSecond);
    }

    private void arrivals(HttpClient client, URI target, double[] mix, Duration timeout) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long next = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            next += (long) (-Math.log(1 - random.nextDouble()) / rate * 1e9);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -1_000_000_000L) {
                // This JVM itself stalled for over a second: skip the backlog rather than fire it as one burst.
                next = System.nanoTime();
            }
            try {
                dispatch(client, target, pick(mix, random), timeout, random);
            } catch (RejectedExecutionException e) {
                return; // the process is shutting down
            }
        }
    }

    private void dispatch(HttpClient client, URI target, String endpoint, Duration timeout, ThreadLocalRandom random) {
        counters.offered.increment();
        if (inFlight.incrementAndGet() > MAX_IN_FLIGHT) {
            inFlight.decrementAndGet();
            counters.dropped.increment();
            return;
        }
        HttpRequest request = request(target, endpoint, timeout, random);
        long start = System.nanoTime();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            inFlight.decrementAndGet();
            counters.record(response == null ? -1 : response.statusCode(), error instanceof HttpTimeoutException
                    || (error != null && error.getCause() instanceof HttpTimeoutException), System.nanoTime() - start);
        });
    }

    private HttpRequest request(URI target, String endpoint, Duration timeout, ThreadLocalRandom random) {
        int cart = 1 + random.nextInt(carts);
        String query = switch (endpoint) {
            case "browse" -> "?category=" + (1 + random.nextInt(40));
            case "cart" -> "?cart=" + cart + "&product=" + (1 + (int) (products * Math.pow(random.nextDouble(), 2)));
            default -> "?cart=" + cart;
        };
        HttpRequest.Builder builder = HttpRequest.newBuilder(target.resolve("/" + endpoint + query)).timeout(timeout)
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) shop-web/2.3");
        return "browse".equals(endpoint) ? builder.GET().build() : builder.POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private static String pick(double[] mix, ThreadLocalRandom random) {
        double x = random.nextDouble() * (mix[0] + mix[1] + mix[2]);
        return x < mix[0] ? ENDPOINTS[0] : x < mix[0] + mix[1] ? ENDPOINTS[1] : ENDPOINTS[2];
    }

    private void report() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("event", "load");
        stats.putAll(counters.drain());
        stats.put("inFlight", inFlight.get());
        LOG.info("load {}", stats);
        reporter.accept(stats);
    }

    /** Per-second counts, drained by each report. */
    private static final class LoadCounters {
        final LongAdder offered = new LongAdder();
        final LongAdder dropped = new LongAdder();
        private final LongAdder completed = new LongAdder();
        private final LongAdder ok = new LongAdder();
        private final LongAdder clientErrors = new LongAdder();
        private final LongAdder serverErrors = new LongAdder();
        private final LongAdder failed = new LongAdder();
        private final LongAdder timedOut = new LongAdder();
        private final LongAdder latencyMicros = new LongAdder();

        void record(int status, boolean timeout, long nanos) {
            if (status < 0) {
                (timeout ? timedOut : failed).increment();
                return;
            }
            completed.increment();
            latencyMicros.add(nanos / 1000);
            (status >= 500 ? serverErrors : status >= 400 ? clientErrors : ok).increment();
        }

        Map<String, Object> drain() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("offered", offered.sumThenReset());
            long done = completed.sumThenReset();
            m.put("completed", done);
            m.put("ok", ok.sumThenReset());
            m.put("clientErrors", clientErrors.sumThenReset());
            m.put("serverErrors", serverErrors.sumThenReset());
            m.put("failed", failed.sumThenReset());
            m.put("timedOut", timedOut.sumThenReset());
            m.put("dropped", dropped.sumThenReset());
            long micros = latencyMicros.sumThenReset();
            m.put("meanLatencyMs", done == 0 ? 0 : micros / done / 1000.0);
            return m;
        }
    }
}
