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
 * "About Pool Sizing": a database does its best work with about (cores x 2) + effective spindles active
 * connections in total; a fleet allowed more than twice that only queues inside the database instead.
 */
public final class PoolSizeGuidanceRule implements Rule {
    private static final int FAR_ABOVE = 2;
    private static final RuleInfo INFO = new RuleInfo("pool-size-guidance", LintSeverity.WARNING,
            "Pools far larger than the database's cores can serve", RuleInfo.POOL_SIZING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        Facts f = context.facts();
        if (f.dbCores() == null || !Fleet.reportsOn(pool, context)) {
            return List.of();
        }
        int spindles = f.dbSpindles() == null ? 1 : f.dbSpindles();
        int guidance = f.dbCores() * 2 + spindles;
        int instances = f.instances() == null ? 1 : f.instances();
        int perInstance = Fleet.connectionsPerInstance(context);
        long fleet = (long) perInstance * instances;
        if (fleet <= (long) guidance * FAR_ABOVE) {
            return List.of();
        }
        return List.of(finding(pool, pool.locationOf(HikariKeys.MAXIMUM_POOL_SIZE),
                perInstance + " connections per instance x " + instances + " instance(s) = " + fleet
                        + " connections, against about " + guidance + " that a database with " + f.dbCores() + " cores and "
                        + spindles + " effective spindle(s) can keep busy ((cores x 2) + spindles). The extra "
                        + "connections do not add throughput: under load they queue on CPU, locks and I/O inside the "
                        + "database, so every query gets slower and timeouts cascade.",
                "Size the fleet's total near " + guidance + " (about " + Math.max(1, guidance / instances)
                        + " per instance) and let requests queue in the pool, where connectionTimeout bounds the wait."));
    }
}
