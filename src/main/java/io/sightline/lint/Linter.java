package io.sightline.lint;

import io.sightline.lint.rules.ConnectionBudgetRule;
import io.sightline.lint.rules.ConnectionTimeoutInfiniteRule;
import io.sightline.lint.rules.DuplicatePoolNameRule;
import io.sightline.lint.rules.IdleTimeoutAdjustedRule;
import io.sightline.lint.rules.InvalidValueRule;
import io.sightline.lint.rules.KeepaliveDisabledRule;
import io.sightline.lint.rules.LeakDetectionDisabledRule;
import io.sightline.lint.rules.MaxLifetimeIdleLimitRule;
import io.sightline.lint.rules.MaxLifetimeReplacedRule;
import io.sightline.lint.rules.MinimumIdleClampedRule;
import io.sightline.lint.rules.MisplacedKeyRule;
import io.sightline.lint.rules.PlaceholderRule;
import io.sightline.lint.rules.PoolBelowLoadRule;
import io.sightline.lint.rules.PoolSizeGuidanceRule;
import io.sightline.lint.rules.RegisterMbeansRule;
import io.sightline.lint.rules.RequestTimeoutRule;
import io.sightline.lint.rules.SocketTimeoutRule;
import io.sightline.lint.rules.SuspectUnitRule;
import io.sightline.lint.rules.TcpKeepAliveRule;
import io.sightline.lint.rules.TestQueryRule;
import io.sightline.lint.rules.TimeoutFloorRule;
import io.sightline.lint.rules.UnknownKeyRule;
import io.sightline.lint.rules.ValidationTimeoutTooLongRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs every rule over pool configurations. The core API shared by {@code sightline lint} and the GUI's live
 * pools view: {@link #lint(PoolConfiguration, Facts)} for one pool (e.g. built with
 * {@link PoolConfiguration#fromJmx}), {@link #lintAll(List, Facts)} for pools deployed together.
 */
public final class Linter {
    private final List<Rule> rules;

    public Linter() {
        this(defaultRules());
    }

    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static List<Rule> defaultRules() {
        return List.of(new UnknownKeyRule(), new MisplacedKeyRule(), new InvalidValueRule(), new SuspectUnitRule(),
                new TimeoutFloorRule("connection-timeout-rejected", HikariKeys.CONNECTION_TIMEOUT),
                new TimeoutFloorRule("validation-timeout-rejected", HikariKeys.VALIDATION_TIMEOUT),
                new MaxLifetimeReplacedRule(), new KeepaliveDisabledRule(), new IdleTimeoutAdjustedRule(),
                new LeakDetectionDisabledRule(), new MinimumIdleClampedRule(), new ValidationTimeoutTooLongRule(),
                new MaxLifetimeIdleLimitRule(), new ConnectionBudgetRule(), new PoolSizeGuidanceRule(),
                new RequestTimeoutRule(), new ConnectionTimeoutInfiniteRule(), new RegisterMbeansRule(),
                new DuplicatePoolNameRule(), new TestQueryRule(), new SocketTimeoutRule(), new TcpKeepAliveRule(),
                new PlaceholderRule(), new PoolBelowLoadRule());
    }

    public List<RuleInfo> rules() {
        return rules.stream().map(Rule::info).toList();
    }

    /** The findings for one pool on its own (fleet rules see only this pool). */
    public List<Finding> lint(PoolConfiguration config, Facts facts) {
        return lintAll(List.of(config), facts);
    }

    /**
     * The findings for pools deployed together. Pools are grouped by Spring profile (each profile's group is
     * complete), fleet-wide rules run within a group, and a finding repeated by several profiles is kept once.
     */
    public List<Finding> lintAll(List<PoolConfiguration> pools, Facts facts) {
        Map<String, List<PoolConfiguration>> groups = new LinkedHashMap<>();
        pools.forEach(p -> groups.computeIfAbsent(Objects.toString(p.profile(), ""), k -> new ArrayList<>()).add(p));
        Set<List<Object>> seen = new LinkedHashSet<>();
        List<Finding> out = new ArrayList<>();
        for (List<PoolConfiguration> group : groups.values()) {
            LintContext context = new LintContext(facts, group);
            for (PoolConfiguration pool : group) {
                for (Rule rule : rules) {
                    for (Finding f : rule.check(pool, context)) {
                        if (seen.add(List.of(f.ruleId(), f.location(), f.message()))) {
                            out.add(f);
                        }
                    }
                }
            }
        }
        out.sort(Comparator.comparing((Finding f) -> f.location().file()).thenComparingInt(f -> f.location().line())
                .thenComparing(Finding::ruleId));
        return out;
    }
}
