package io.sightline.lint.rules;

import io.sightline.lint.Facts;
import io.sightline.lint.Finding;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;

import java.util.List;

/**
 * Every pool on every instance, deploy surge included, may open maximumPoolSize connections; together they must
 * fit in the database's max_connections minus the reserved slots. Reported once, on the largest pool.
 */
public final class ConnectionBudgetRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("connection-budget", LintSeverity.ERROR,
            "Pools can open more connections than the database accepts", RuleInfo.PG_CONNECTIONS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        Facts f = context.facts();
        if (f.dbMaxConnections() == null || !Fleet.reportsOn(pool, context)) {
            return List.of();
        }
        int reserved = f.dbReserved() == null ? 0 : f.dbReserved();
        int available = f.dbMaxConnections() - reserved;
        int perInstance = Fleet.connectionsPerInstance(context);
        int peakInstances = f.peakInstances();
        long peak = (long) perInstance * peakInstances;
        if (peak <= available) {
            return List.of();
        }
        return List.of(finding(pool, pool.locationOf(HikariKeys.MAXIMUM_POOL_SIZE),
                arithmetic(context, f, perInstance, peak, reserved, available)
                        + " When every instance fills its pool (a traffic spike, a slow query, a deploy with old and new "
                        + "instances both up), new connections are refused ('FATAL: sorry, too many clients already' on "
                        + "PostgreSQL, 'Too many connections' on MySQL) and requests fail instead of queueing.",
                "Lower the pool to at most " + Math.max(1, available / Math.max(1, peakInstances) / context.pools().size())
                        + " per pool per instance, raise max_connections, or put a connection pooler such as PgBouncer "
                        + "in front of the database."));
    }

    private static String arithmetic(LintContext ctx, Facts f, int perInstance, long peak, int reserved, int available) {
        String pools = ctx.pools().size() == 1 ? "maximumPoolSize " + perInstance
                : ctx.pools().size() + " pools totalling " + perInstance + " connections";
        String instances = (f.instances() == null ? 1 : f.instances()) + " instance(s)"
                + (f.surge() == null || f.surge() == 0 ? "" : " + " + f.surge() + " during a deploy surge");
        String reservedText = f.dbReserved() == null ? " (reserved slots unknown; pass --db-reserved)"
                : " - " + reserved + " reserved = " + available;
        return pools + " x " + instances + " = " + peak + " connections at peak, but the database allows max_connections "
                + f.dbMaxConnections() + reservedText + ".";
    }
}
