package io.sightline.lint.rules;

import io.sightline.lint.Finding;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;
import io.sightline.lint.Setting;
import io.sightline.lint.SettingValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A value its reader cannot convert, or one HikariCP's setters reject ({@code maximumPoolSize=0}). */
public final class InvalidValueRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("invalid-value", LintSeverity.ERROR,
            "Value the pool cannot use", RuleInfo.README);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (Setting s : pool.settings().values()) {
            Optional<String> text = s.text();
            boolean numeric = HikariKeys.isDuration(s.property()) || HikariKeys.isInteger(s.property())
                    || HikariKeys.isBoolean(s.property());
            if (text.isEmpty() || !numeric) {
                continue;
            }
            SettingValues.Parsed parsed = SettingValues.parse(s.property(), text.get(), pool.format());
            String problem = parsed.ok() ? rejectedBySetter(s.property(), parsed.value()) : parsed.problem();
            if (problem != null) {
                out.add(finding(pool, s.location(), pool.keyFor(s.property()) + ": " + problem
                                + (parsed.ok() ? "" : consequence(pool, s.property())) + ".",
                        "Write " + expected(s.property()) + "."));
            }
        }
        return out;
    }

    /** HikariConfig's setters throw IllegalArgumentException for these, so the pool never starts. */
    private static String rejectedBySetter(String property, long v) {
        if (property.equals(HikariKeys.MAXIMUM_POOL_SIZE) && v < 1) {
            return v + " is rejected by HikariCP at start-up ('maxPoolSize cannot be less than 1')";
        }
        if (property.equals(HikariKeys.MINIMUM_IDLE) && v < 0) {
            return v + " is rejected by HikariCP at start-up ('minimumIdle cannot be negative')";
        }
        if (property.equals(HikariKeys.IDLE_TIMEOUT) && v < 0) {
            return v + " is rejected by HikariCP at start-up ('idleTimeout cannot be negative')";
        }
        return null;
    }

    private static String consequence(PoolConfiguration pool, String property) {
        if (HikariKeys.isBoolean(property) && pool.format().readByHikari()) {
            return "";
        }
        return pool.format().readByHikari()
                ? "; HikariCP's property loader throws a NumberFormatException and the service fails at start-up"
                : "; Spring Boot cannot bind it to HikariCP's setter, so the application context fails to start";
    }

    private static String expected(String property) {
        if (HikariKeys.isDuration(property)) {
            return "a whole number of milliseconds, e.g. 30000 for 30 s";
        }
        if (HikariKeys.isBoolean(property)) {
            return "true or false";
        }
        return property.equals(HikariKeys.MINIMUM_IDLE) ? "a whole number of 0 or more" : "a whole number of 1 or more";
    }
}
