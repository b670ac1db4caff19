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

/** TCP keepalive off on a driver where it is off by default (PostgreSQL's pgJDBC: tcpKeepAlive=false). */
public final class TcpKeepAliveRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("driver-tcp-keepalive", LintSeverity.WARNING,
            "TCP keepalive off on the JDBC driver", RuleInfo.PG_JDBC);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        Optional<Driver> driver = Driver.of(pool).filter(d -> d.keepAliveProperty() != null);
        if (!pool.complete() || driver.isEmpty()) {
            return List.of();
        }
        Driver d = driver.get();
        Optional<String> value = Driver.property(pool, d.keepAliveProperty()).map(String::trim);
        boolean on = value.map(v -> v.equalsIgnoreCase("true")).orElse(d.keepAliveByDefault());
        if (on) {
            return List.of();
        }
        return List.of(finding(pool, pool.locationOf(HikariKeys.JDBC_URL),
                "TCP keepalive is off on the " + d.product() + " driver (" + d.keepAliveProperty()
                        + value.map(v -> "=" + v).orElse(" defaults to false") + "): a connection whose peer vanished "
                        + "(database host crash, NAT or firewall state expired) is only discovered when it is next "
                        + "used, and a query blocked on it is never woken by the operating system.",
                "Set " + d.keepAliveProperty() + "=true (dataSource." + d.keepAliveProperty() + ", data-source-properties."
                        + d.keepAliveProperty() + " or the JDBC URL), together with a socket timeout."));
    }
}
