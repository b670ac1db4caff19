package io.sightline.ui.pools;

import io.sightline.lint.Facts;
import io.sightline.lint.Finding;
import io.sightline.lint.Linter;
import io.sightline.lint.PoolConfiguration;
import io.sightline.source.jmx.PoolConfigValues;
import io.sightline.source.jmx.PoolView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lints the live pools of one target together (they share the instance, so the connection budget counts them
 * together), from the {@code PoolConfig} values the poller read. No JavaFX: runs on a background thread.
 */
final class LiveLint {
    private final Linter linter;

    LiveLint(Linter linter) {
        this.linter = linter;
    }

    /** What one lint run depends on: when neither changes, the findings cannot change either. */
    record Input(String target, String address, Map<String, PoolConfigValues> configs, Facts facts) {
    }

    /** Findings by pool name. */
    Map<String, List<Finding>> run(Input in) {
        List<PoolConfiguration> pools = new ArrayList<>();
        in.configs().forEach((pool, config) -> pools.add(
                PoolConfiguration.fromJmx("jmx:" + in.address(), pool, attributes(config))));
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        in.configs().keySet().forEach(p -> out.put(p, new ArrayList<>()));
        for (Finding f : linter.lintAll(pools, in.facts())) {
            out.computeIfAbsent(f.pool(), p -> new ArrayList<>()).add(f);
        }
        return out;
    }

    static Map<String, PoolConfigValues> configs(List<PoolView> pools) {
        Map<String, PoolConfigValues> out = new LinkedHashMap<>();
        pools.stream().filter(p -> p.config() != null).forEach(p -> out.put(p.pool(), p.config()));
        return out;
    }

    /** The PoolConfig MBean's attributes as read; -1 (unreadable) stays unknown rather than linted as a value. */
    static Map<String, Object> attributes(PoolConfigValues c) {
        Map<String, Object> a = new LinkedHashMap<>();
        put(a, "MaximumPoolSize", c.maximumPoolSize());
        put(a, "MinimumIdle", c.minimumIdle());
        put(a, "ConnectionTimeout", c.connectionTimeout());
        put(a, "IdleTimeout", c.idleTimeout());
        put(a, "MaxLifetime", c.maxLifetime());
        put(a, "LeakDetectionThreshold", c.leakDetectionThreshold());
        put(a, "ValidationTimeout", c.validationTimeout());
        // The pool was found through its MBeans, so registerMbeans is on whatever the file said.
        a.put("RegisterMbeans", Boolean.TRUE);
        return a;
    }

    private static void put(Map<String, Object> a, String attribute, long value) {
        if (value >= 0) {
            a.put(attribute, value);
        }
    }
}
