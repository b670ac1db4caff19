package io.sightline.lint.rules;

import io.sightline.lint.ErlangC;
import io.sightline.lint.Facts;
import io.sightline.lint.Finding;
import io.sightline.lint.HikariEffective;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.Millis;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;

import java.util.List;
import java.util.Locale;

/**
 * maximumPoolSize against the load it serves (a measured rate and hold time): too few connections and requests
 * wait longer than connectionTimeout and fail, however healthy the database is. Sizes from Erlang C, so bursts of
 * random arrivals count, not only the average.
 */
public final class PoolBelowLoadRule implements Rule {
    /** Above this share of requests timing out the pool fails the check; between the two it is a warning. */
    static final double ERROR_SHARE = 0.01;
    /** The target of the suggested size: fewer than 1 request in 1,000 waits longer than connectionTimeout. */
    static final double TARGET_SHARE = 0.001;
    /** Traffic peaks the suggested size absorbs, as a multiple of the measured load. */
    static final double PEAK = 2;
    private static final RuleInfo INFO = new RuleInfo("pool-below-load", LintSeverity.ERROR,
            "maximumPoolSize too small for the measured load", RuleInfo.POOL_SIZING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        Facts.Load load = context.facts().load();
        if (load == null || !Fleet.reportsOn(pool, context)) {
            return List.of();
        }
        int size = Fleet.connectionsPerInstance(context);
        long timeout = HikariEffective.of(pool).connectionTimeout();
        double busy = load.connections();
        double hold = load.hold().toNanos() / 1e6;
        double late = ErlangC.waitLongerThan(size, busy, hold, timeout);
        if (late < TARGET_SHARE) {
            return List.of();
        }
        int minimum = ErlangC.smallestPool(busy, hold, timeout, TARGET_SHARE);
        int suggested = Math.max(minimum, ErlangC.smallestPool(busy * PEAK, hold, timeout, TARGET_SHARE));
        String sizeText = context.pools().size() == 1 ? pool.written(HikariKeys.MAXIMUM_POOL_SIZE, size)
                : size + " connections in this instance's pools";
        String message = String.format(Locale.ROOT, "%s against a load of %s req/s × %s held each = %s connections "
                        + "busy on average: %s, so requests wait for a connection and fail after connectionTimeout (%s).",
                sizeText, number(load.ratePerSecond()), Millis.human(Math.round(hold)), number(busy),
                late >= 1 ? "the pool cannot keep up even on average"
                        : String.format(Locale.ROOT, "about %s of requests would wait longer than connectionTimeout (Erlang C)",
                        percent(late)), Millis.human(timeout));
        String fix = String.format(Locale.ROOT, "Set %s: fewer than 1 request in 1,000 would then wait longer than "
                        + "connectionTimeout even at %s this load (%d connections are the bare minimum for today's load). Check the "
                        + "fleet still fits the database's max_connections.",
                // With several pools the shortfall goes to this one, the largest (the one serving most of the load).
                pool.written(HikariKeys.MAXIMUM_POOL_SIZE, HikariEffective.of(pool).maximumPoolSize() + suggested - size),
                PEAK == 2 ? "twice" : PEAK + " times", minimum);
        return List.of(finding(pool, pool.locationOf(HikariKeys.MAXIMUM_POOL_SIZE),
                late >= ERROR_SHARE ? LintSeverity.ERROR : LintSeverity.WARNING, message, fix));
    }

    private static String number(double v) {
        return v >= 10 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String percent(double share) {
        return share >= 0.01 ? String.format(Locale.ROOT, "%.0f%%", share * 100) : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
