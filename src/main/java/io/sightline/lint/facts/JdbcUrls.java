package io.sightline.lint.facts;

import java.util.regex.Pattern;

/**
 * Hides credentials in JDBC URLs and in any text that may contain them (driver error messages), so no
 * password reaches a terminal, a log, a CI report or a capture.
 */
public final class JdbcUrls {
    private static final String MASK = "***";
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)((?:password|pwd|sslpassword|sslkeypassword|secret)\\s*=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?;]+):[^@/]*@");
    private static final Pattern ORACLE_USER_PASSWORD = Pattern.compile("(?i)(jdbc:oracle:[a-z0-9]+:[^/@:]+)/[^@]*@");

    private JdbcUrls() {
    }

    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String s = PASSWORD_PARAMETER.matcher(url).replaceAll("$1" + MASK);
        s = USER_INFO.matcher(s).replaceAll("$1:" + MASK + "@");
        return ORACLE_USER_PASSWORD.matcher(s).replaceAll("$1/" + MASK + "@");
    }

    /** {@code text} with the URL redacted and every literal occurrence of {@code secret} masked. */
    public static String scrub(String text, String url, String secret) {
        if (text == null) {
            return "";
        }
        String s = url == null || url.isEmpty() ? text : text.replace(url, redact(url));
        if (secret != null && !secret.isEmpty()) {
            s = s.replace(secret, MASK);
        }
        return redact(s);
    }
}
