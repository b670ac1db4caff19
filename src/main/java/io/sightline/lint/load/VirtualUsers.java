package io.sightline.lint.load;

import io.sightline.concurrent.Lifecycle;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * N closed-loop virtual users on threads from the {@link Lifecycle}: each borrows a connection, runs the query,
 * holds the connection (standing in for the real work of a request), returns it, thinks, and starts again until
 * the duration ends. Each user records into its own histogram; they are merged at the end.
 */
public final class VirtualUsers {
    private static final Logger LOG = LoggerFactory.getLogger(VirtualUsers.class);
    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    private final Lifecycle lifecycle;

    public VirtualUsers(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public LoadResult run(DataSource pool, LoadSettings s) throws InterruptedException {
        ExecutorService users = lifecycle.newCachedPool("pool-test-user");
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Future<UserStats>> futures = new ArrayList<>();
        long begin = System.nanoTime();
        long deadline = begin + s.duration().toNanos();
        for (int i = 0; i < s.concurrency(); i++) {
            futures.add(users.submit(() -> {
                start.await();
                return loop(pool, s, deadline, firstError);
            }));
        }
        start.countDown();
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        long borrows = 0;
        long timeouts = 0;
        long errors = 0;
        for (Future<UserStats> f : futures) {
            UserStats u = join(f);
            all.add(u.acquire);
            borrows += u.borrows;
            timeouts += u.timeouts;
            errors += u.errors;
        }
        users.shutdown();
        return new LoadResult(borrows, timeouts, errors, all, Duration.ofNanos(System.nanoTime() - begin), firstError.get());
    }

    private static UserStats join(Future<UserStats> f) throws InterruptedException {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a virtual user failed: " + e.getCause(), e.getCause());
        }
    }

    private static UserStats loop(DataSource pool, LoadSettings s, long deadline, AtomicReference<String> firstError)
            throws InterruptedException {
        UserStats u = new UserStats();
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            long t0 = System.nanoTime();
            try (Connection c = pool.getConnection()) {
                u.record(t0);
                u.borrows++;
                try (Statement st = c.createStatement()) {
                    st.execute(s.query());
                }
                sleep(s.hold());
            } catch (SQLTransientConnectionException e) {
                u.record(t0);
                u.timeouts++;
            } catch (SQLException e) {
                u.errors++;
                if (firstError.compareAndSet(null, e.getMessage())) {
                    LOG.debug("first query error", e);
                }
            }
            sleep(s.think());
        }
        return u;
    }

    private static void sleep(Duration d) throws InterruptedException {
        if (!d.isZero()) {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
    }

    private static final class UserStats {
        final Histogram acquire = new Histogram(HIGHEST_MICROS, 3);
        long borrows;
        long timeouts;
        long errors;

        void record(long t0) {
            acquire.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (System.nanoTime() - t0) / 1000)));
        }
    }
}
