package io.sightline.lint.rules;

import io.sightline.lint.Finding;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;
import io.sightline.lint.Setting;
import io.sightline.lint.read.Placeholders;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code ${...}} placeholder the linter cannot resolve: checked at its default when it has one (info), not
 * checked at all when it has none (warning), so a clean report never hides an unknown value.
 */
public final class PlaceholderRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("unresolved-placeholder", LintSeverity.WARNING,
            "Value comes from a placeholder", RuleInfo.SPRING_PLACEHOLDERS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        List<Finding> out = new ArrayList<>();
        List<Setting> all = new ArrayList<>(pool.settings().values());
        all.addAll(pool.driverProperties().values());
        for (Setting s : all) {
            if (!s.hasPlaceholder() || s.property().equalsIgnoreCase("password")) {
                continue;
            }
            String names = Placeholders.names(s.value());
            String key = s.location().key();
            if (pool.format().readByHikari()) {
                out.add(finding(pool, s.location(),
                        key + " is the placeholder ${" + names + "}, but HikariCP's own loader does not resolve "
                                + "placeholders: unless the deploy renders this file first, HikariCP receives the literal "
                                + "text and the pool fails at start-up (or, for a string property, uses it verbatim). "
                                + "It was not checked.",
                        "Render the file before the service reads it, and lint the rendered file in CI."));
            } else if (s.text().isPresent()) {
                out.add(finding(pool, s.location(), LintSeverity.INFO,
                        key + " comes from ${" + names + "}; it was checked at its default '" + s.text().get()
                                + "', but the deployed value may differ.",
                        "Lint with the deployed value too, e.g. by linting the rendered configuration in CI."));
            } else {
                out.add(finding(pool, s.location(),
                        key + " comes from ${" + names + "} with no default, so it was not checked; if the variable "
                                + "is missing at deploy time the service will not start.",
                        "Give the placeholder a default (${" + names + ":value}) or lint the rendered configuration."));
            }
        }
        return out;
    }
}
