package io.sightline.lint.rules;

import io.sightline.lint.Finding;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;

import java.util.List;

/** registerMbeans off (HikariCP's default): no JMX view of active/idle/waiting, so Sightline's console is blind. */
public final class RegisterMbeansRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("register-mbeans-off", LintSeverity.WARNING,
            "Pool not visible over JMX", RuleInfo.MBEANS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        if (!pool.complete() || pool.number(HikariKeys.REGISTER_MBEANS).filter(v -> v == 1).isPresent()) {
            return List.of();
        }
        String key = pool.keyFor(HikariKeys.REGISTER_MBEANS);
        return List.of(finding(pool, pool.locationOf(HikariKeys.REGISTER_MBEANS),
                (pool.setting(HikariKeys.REGISTER_MBEANS).isPresent() ? key + " is off" : key + " is not set (default false)")
                        + ": the pool publishes no MBeans, so during an incident nobody can see active, idle and "
                        + "waiting connections over JMX (Sightline's pools view, JConsole, JMX exporters) and pool "
                        + "exhaustion has to be guessed from timeouts in the logs.",
                "Set " + key + "=true and give the pool a poolName, so its MBean is "
                        + "com.zaxxer.hikari:type=Pool (<poolName>)."));
    }
}
