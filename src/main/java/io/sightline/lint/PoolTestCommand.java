package io.sightline.lint;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.sightline.cli.DurationConverter;
import io.sightline.cli.SightlineCommand;
import io.sightline.cli.UserInputException;
import io.sightline.concurrent.Lifecycle;
import io.sightline.lint.facts.DbConnect;
import io.sightline.lint.facts.DbCredentials;
import io.sightline.lint.facts.JdbcUrls;
import io.sightline.lint.load.HikariConfigs;
import io.sightline.lint.load.LoadResult;
import io.sightline.lint.load.LoadSettings;
import io.sightline.lint.load.VirtualUsers;
import io.sightline.lint.read.ConfigReadException;
import io.sightline.lint.read.ConfigReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code sightline pool-test}: a real HikariCP pool built from a configuration file, driven by N virtual users
 * against a real database. Exit 1 when a threshold breaks (by default: any timeout or query error), 2 when the
 * configuration is unusable or the database cannot be reached.
 */
@Command(name = "pool-test", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = {"Starts a real HikariCP pool with the configuration in FILE against a real database and drives it "
                + "with concurrent virtual users; reports acquire-time p50/p99, timeouts and throughput.",
                "Exit codes: 0 thresholds held, 1 a threshold broke, 2 unusable configuration or unreachable database."})
public final class PoolTestCommand implements Callable<Integer> {
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(30);

    @Option(names = "--config", required = true, description = "The pool configuration (same formats as lint); repeat it "
            + "for application.yml plus application-<profile>.yml.")
    List<Path> configs;

    @Option(names = "--pool", description = "Which pool when the file configures several (its name as lint prints it).")
    String poolLabel;

    @Option(names = "--profile", description = "Spring profile to apply (default: none).")
    String profile;

    @Option(names = "--jdbc-url", description = "Database to test against (default: the configuration's URL).")
    String jdbcUrl;

    @Option(names = "--db-user", description = "User (or in the URL).")
    String dbUser;

    @Option(names = "--db-password", description = "Password; prefer the " + DbCredentials.PASSWORD_ENV + " environment variable.")
    String dbPassword;

    @Option(names = "--concurrency", required = true, description = "Virtual users.")
    int concurrency;

    @Option(names = "--duration", required = true, description = "How long to run, e.g. 30s.")
    Duration duration;

    @Option(names = "--query", defaultValue = "SELECT 1", description = "Query each user runs (default: ${DEFAULT-VALUE}).")
    String query;

    @Option(names = "--hold", defaultValue = "50ms", description = "How long a user keeps the connection (default: ${DEFAULT-VALUE}).")
    Duration hold;

    @Option(names = "--think", defaultValue = "0ms", description = "Pause between a user's borrows (default: ${DEFAULT-VALUE}).")
    Duration think;

    @Option(names = "--max-acquire-p99", description = "Fail when the acquire-time p99 is above this, e.g. 100ms.")
    Duration maxAcquireP99;

    @Option(names = "--max-timeouts", defaultValue = "0", description = "Fail when more borrows time out (default: ${DEFAULT-VALUE}).")
    long maxTimeouts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PoolConfiguration pool = choosePool();
        String url = jdbcUrl != null ? jdbcUrl : pool.jdbcUrl().orElseThrow(() -> new UserInputException(
                configs.get(0) + ": no JDBC URL in the configuration; pass --jdbc-url"));
        DbCredentials db = DbCredentials.of(url, dbUser, dbPassword);
        LoadSettings settings = settings();
        try (Lifecycle lifecycle = new Lifecycle()) {
            HikariDataSource ds = lifecycle.own(start(pool, db));
            PrintWriter out = spec.commandLine().getOut();
            out.println("pool-test: " + pool.label() + " (maximumPoolSize " + ds.getMaximumPoolSize()
                    + ", connectionTimeout " + Millis.human(ds.getConnectionTimeout()) + ") against " + JdbcUrls.redact(url));
            out.println(concurrency + " virtual users for " + DurationConverter.format(duration) + ", query '" + query
                    + "', hold " + DurationConverter.format(hold) + ", think " + DurationConverter.format(think));
            warmUp(ds, out);
            LoadResult r = new VirtualUsers(lifecycle).run(ds, settings);
            return report(r, db, out);
        }
    }

    /**
     * Waits (bounded) until the pool holds minimumIdle connections, as a service's pool does in steady state,
     * so the first borrows do not measure PostgreSQL forking backends one by one.
     */
    private static void warmUp(HikariDataSource ds, PrintWriter out) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + WARM_UP_LIMIT.toNanos();
        int target = ds.getMinimumIdle();
        while (ds.getHikariPoolMXBean().getTotalConnections() < target && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        out.printf(Locale.ROOT, "pool warmed up to %d of %d connections in %d ms%n",
                ds.getHikariPoolMXBean().getTotalConnections(), target, (System.nanoTime() - start) / 1_000_000);
    }

    private LoadSettings settings() {
        try {
            return new LoadSettings(concurrency, duration, query, hold, think);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private PoolConfiguration choosePool() {
        List<PoolConfiguration> pools;
        try {
            pools = new ConfigReader().read(configs);
        } catch (ConfigReadException e) {
            throw new UserInputException(e.getMessage());
        }
        List<PoolConfiguration> candidates = pools.stream()
                .filter(p -> Objects.equals(p.profile(), profile))
                .filter(p -> poolLabel == null || p.label().startsWith(poolLabel))
                .toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String labels = String.join(", ", pools.stream().filter(p -> Objects.equals(p.profile(), profile))
                .map(PoolConfiguration::label).toList());
        throw new UserInputException(configs.get(0) + ": " + (candidates.isEmpty() ? "no pool" : candidates.size() + " pools")
                + " match" + (labels.isEmpty() ? "" : "; pick one with --pool: " + labels));
    }

    /** Builds and starts the pool; a bad value or an unreachable database is one line and exit 2. */
    private HikariDataSource start(PoolConfiguration pool, DbCredentials db) {
        if (pool.format().readByHikari() && !pool.strayKeys().isEmpty()) {
            StrayKey k = pool.strayKeys().get(0);
            throw new UserInputException(k.location().render() + ": '" + k.name() + "' is not a HikariCP property; "
                    + "HikariCP would refuse to start this pool (run 'sightline lint' on it)");
        }
        HikariConfig hc;
        try {
            hc = HikariConfigs.of(pool, db);
        } catch (RuntimeException e) {
            throw new UserInputException(configs.get(0) + ": HikariCP rejects this configuration: "
                    + JdbcUrls.scrub(e.getMessage(), db.url(), db.password().orElse(null)));
        }
        try {
            return new HikariDataSource(hc);
        } catch (HikariPool.PoolInitializationException e) {
            throw DbConnect.unreachable(db, e.getCause() instanceof Exception cause ? cause : e);
        } catch (RuntimeException e) {
            throw DbConnect.unreachable(db, e);
        }
    }

    private int report(LoadResult r, DbCredentials db, PrintWriter out) {
        out.printf(Locale.ROOT, "borrows %d (%.1f/s)  timeouts %d  errors %d%n", r.borrows(), r.throughputPerSecond(),
                r.timeouts(), r.errors());
        out.printf(Locale.ROOT, "acquire p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", r.acquireMillisAt(50),
                r.acquireMillisAt(99), r.maxAcquireMillis());
        if (r.firstError() != null) {
            out.println("first query error: " + JdbcUrls.scrub(r.firstError(), db.url(), db.password().orElse(null)));
        }
        String verdict = verdict(r);
        out.println(verdict == null ? "PASS" : "FAIL: " + verdict);
        out.flush();
        return verdict == null ? SightlineCommand.EXIT_OK : SightlineCommand.EXIT_CHECK_FAILED;
    }

    private String verdict(LoadResult r) {
        if (r.timeouts() > maxTimeouts) {
            return r.timeouts() + " borrow(s) timed out (allowed: " + maxTimeouts + "); the pool is too small for this "
                    + "load or connectionTimeout too short";
        }
        if (maxAcquireP99 != null && r.acquireMillisAt(99) > maxAcquireP99.toNanos() / 1e6) {
            return String.format(Locale.ROOT, "acquire p99 %.1f ms is above --max-acquire-p99 %s", r.acquireMillisAt(99),
                    DurationConverter.format(maxAcquireP99));
        }
        if (r.errors() > 0) {
            return r.errors() + " query error(s)";
        }
        return null;
    }
}
