package io.sightline.lint.rules;

import io.sightline.lint.Driver;
import io.sightline.lint.Finding;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;

import java.util.List;
import java.util.Optional;

/**
 * No socket (read) timeout on the driver: a query on a connection whose network path died blocks its thread
 * forever, and no pool setting can take that connection back.
 */
public final class SocketTimeoutRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("driver-socket-timeout", LintSeverity.WARNING,
            "No socket timeout on the JDBC driver", RuleInfo.PG_JDBC);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        Optional<Driver> driver = Driver.of(pool).filter(d -> d.socketTimeoutProperty() != null);
        if (!pool.complete() || driver.isEmpty()) {
            return List.of();
        }
        Driver d = driver.get();
        Optional<String> value = Driver.property(pool, d.socketTimeoutProperty());
        if (value.isPresent() && !value.get().trim().equals("0")) {
            return List.of();
        }
        String suggestion = d == Driver.POSTGRESQL ? "30 (seconds)" : "30000 (milliseconds)";
        return List.of(finding(pool, pool.locationOf(HikariKeys.JDBC_URL),
                "The " + d.product() + " driver has no socket timeout (" + d.socketTimeoutProperty()
                        + (value.isPresent() ? "=0" : " not set") + ", so reads wait forever): when a firewall drops the "
                        + "connection's state or the database fails over, a query in flight blocks its request thread "
                        + "indefinitely. HikariCP's connectionTimeout only bounds the wait for a connection, not a query, "
                        + "so these threads and connections are lost until the service restarts.",
                "Set the driver property " + d.socketTimeoutProperty() + " (in " + d.socketTimeoutUnit()
                        + ") above your slowest legitimate query, e.g. " + suggestion
                        + ", via dataSource." + d.socketTimeoutProperty() + ", data-source-properties."
                        + d.socketTimeoutProperty() + " or the JDBC URL."));
    }
}
