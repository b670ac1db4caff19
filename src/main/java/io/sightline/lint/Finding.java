package io.sightline.lint;

/**
 * One review comment on one pool: which rule, how bad, what is wrong (with the numbers), what to do, where to
 * read more, and where in the configuration it was found.
 */
public record Finding(String ruleId, LintSeverity severity, String pool, Location location,
                      String message, String fix, String helpUri) {
}
