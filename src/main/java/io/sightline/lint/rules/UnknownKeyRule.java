package io.sightline.lint.rules;

import io.sightline.lint.ConfigFormat;
import io.sightline.lint.Finding;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;
import io.sightline.lint.StrayKey;
import io.sightline.lint.Suggestions;

import java.util.List;
import java.util.Optional;

/** A key HikariCP does not know: Spring Boot ignores it without a word, HikariCP's own loader refuses to start. */
public final class UnknownKeyRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("unknown-key", LintSeverity.ERROR,
            "Unknown or misspelt pool property", RuleInfo.README);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        return pool.strayKeys().stream().filter(k -> !k.misplaced()).map(k -> finding(pool, k)).toList();
    }

    private Finding finding(PoolConfiguration pool, StrayKey key) {
        List<String> candidates = HikariKeys.names().stream().map(pool::keyFor).toList();
        Optional<String> nearest = Suggestions.nearest(key.name(), candidates);
        String where = key.prefix().isEmpty() ? "" : " under " + key.prefix();
        String consequence = pool.format() == ConfigFormat.SPRING
                ? "Spring Boot binds nothing to it and says nothing, so the pool runs on HikariCP's default instead"
                + " and nobody notices until the setting is needed."
                : "HikariCP refuses to start the pool ('Property " + key.name()
                + " does not exist on target class com.zaxxer.hikari.HikariConfig'), so the service fails at start-up.";
        String message = "'" + key.name() + "'" + where + " is not a HikariCP property"
                + nearest.map(n -> " (did you mean '" + n + "'?)").orElse("") + ". " + consequence;
        String fix = nearest.map(n -> "Rename it to '" + qualified(key, n) + "'.")
                .orElse("Remove it, or replace it with one of the properties in the HikariCP README.");
        return finding(pool, key.location(), message, fix);
    }

    private static String qualified(StrayKey key, String name) {
        return key.hikariPrefix().isEmpty() ? name : key.hikariPrefix() + "." + name;
    }
}
