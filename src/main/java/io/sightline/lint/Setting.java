package io.sightline.lint;

import io.sightline.lint.read.Placeholders;

import java.util.Optional;

/**
 * One configured value: the HikariCP property (or driver property) it sets, the text as written, and where.
 */
public record Setting(String property, String value, Location location) {

    /** The text to evaluate: the value, or a placeholder's default; empty when a placeholder has no default. */
    public Optional<String> text() {
        return Placeholders.resolve(value);
    }

    public boolean hasPlaceholder() {
        return Placeholders.contains(value);
    }
}
