package io.sightline.capture.bench;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Severity;

import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A day of application log events as a log source records them: about one line a second (more under load),
 * mostly INFO, with WARN and ERROR bursts carrying HikariCP's own messages and exception headlines.
 */
public final class BenchLogStream {
    private static final String[] INFO = {
            "c.s.shop.CheckoutController - order %d placed in %d ms",
            "c.s.shop.CartService - cart %d updated (%d items)",
            "o.s.web.servlet.DispatcherServlet - Completed initialization in %d ms (request %d)",
    };

    private BenchLogStream() {
    }

    /** Emits the events of {@code [start, start + millis)} in time order. */
    public static long generate(long start, long millis, long seed, Consumer<Event> sink) {
        Random r = new Random(seed);
        long n = 0;
        for (long t = start; t < start + millis; ) {
            double load = BenchSeries.load((double) (t - start) / 86_400_000L);
            t += 1 + (long) (-Math.log(1 - r.nextDouble()) * 1000 / (load * 1.5));
            String target = r.nextBoolean() ? "shop-1" : "shop-2";
            sink.accept(event(t, target, r));
            n++;
        }
        return n;
    }

    private static Event event(long t, String target, Random r) {
        String source = "log/" + target;
        int roll = r.nextInt(100);
        if (roll < 90) {
            String text = String.format(INFO[r.nextInt(INFO.length)], 1_000_000 + r.nextInt(9_000_000), r.nextInt(300));
            return new Event(t, source, "log.line", Severity.INFO, "INFO  " + text, Map.of("thread", "http-nio-8080-exec-" + r.nextInt(200)));
        }
        if (roll < 97) {
            return new Event(t, source, "log.line", Severity.WARN, "WARN  com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - "
                    + "Thread starvation or clock leap detected (housekeeper delta=" + (30 + r.nextInt(60)) + "s).", Map.of());
        }
        int total = 20;
        int waiting = 1 + r.nextInt(30);
        return new Event(t, source, EventKinds.LOG_POOL_TIMEOUT, Severity.ERROR,
                "ERROR o.h.engine.jdbc.spi.SqlExceptionHelper - HikariPool-1 - Connection is not available, request timed out after "
                        + (30000 + r.nextInt(10)) + "ms (total=" + total + ", active=" + total + ", idle=0, waiting=" + waiting + ")",
                Map.of("exception", "java.sql.SQLTransientConnectionException", "pool", "HikariPool-1"));
    }
}
