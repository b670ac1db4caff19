package io.sightline.lint.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring-style {@code ${NAME}} and {@code ${NAME:default}} placeholders. A linter cannot know the environment
 * of the deploy, so a placeholder with a default is evaluated at its default, one without stays unknown.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)(?::([^}]*))?}");

    private Placeholders() {
    }

    public static boolean contains(String value) {
        return value != null && PLACEHOLDER.matcher(value).find();
    }

    /** The value with every placeholder replaced by its default; empty when one has none. */
    public static Optional<String> resolve(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (m.group(2) == null) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2)));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    /** The names of placeholders in {@code value}. */
    public static String names(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder names = new StringBuilder();
        while (m.find()) {
            names.append(names.length() == 0 ? "" : ", ").append(m.group(1));
        }
        return names.toString();
    }
}
