package io.sightline.redact;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from text before it is written anywhere (captures, reports, saved settings): passwords
 * and tokens in JDBC URLs and key=value settings, {@code user:pass@} in URLs, {@code Authorization} headers,
 * bearer tokens and AWS-style access keys. Shared by capture, logs and lint.
 *
 * <p>It errs towards redacting: a false positive costs a readable value, a false negative leaks a secret into
 * a file that gets shared. Stateless and thread-safe.
 */
public final class Redactor {
    public static final String MASK = "***";

    /** Cheap pre-check: a line without any of these cannot hold a secret this class recognises. */
    private static final List<String> TRIGGERS = List.of("pass", "pwd", "secret", "token", "key", "auth", "bearer",
            "@", "akia", "asia", "credential");

    private static final String SECRET_KEYS =
            "password|passwd|pwd|pass|secret|client[_-]?secret|token|access[_-]?token|refresh[_-]?token|api[_-]?key"
                    + "|apikey|access[_-]?key|secret[_-]?key|aws_secret_access_key|credentials?|private[_-]?key";

    private static final List<Rule> RULES = List.of(
            // "password": "x" (JSON), password='x', password="x"
            new Rule(Pattern.compile("(?i)(\"(?:" + SECRET_KEYS + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""), "$1\"" + MASK + "\""),
            // password=x, ;password=x, ?password=x&, pwd: x, token = x (config, JDBC parameters, logs)
            new Rule(Pattern.compile("(?i)(\\b(?:[a-z0-9_.-]*[_.-])?(?:" + SECRET_KEYS + ")\\b\\s*[=:]\\s*)"
                    + "(\"[^\"]*\"|'[^']*'|[^\\s;&,'\")}\\]]+)"), "$1" + MASK),
            // Authorization: Basic abc / Proxy-Authorization: Negotiate xyz
            new Rule(Pattern.compile("(?i)\\b((?:proxy-)?authorization\\s*[:=]\\s*)(?:[A-Za-z-]+\\s+)?[^\\s,;\"']+"), "$1" + MASK),
            // Bearer tokens anywhere
            new Rule(Pattern.compile("(?i)\\b(bearer\\s+)[A-Za-z0-9\\-._~+/]+=*"), "$1" + MASK),
            // user:pass@host in any URL (jdbc:postgresql://u:p@host/db, https://u:p@host)
            new Rule(Pattern.compile("(//[^/\\s:@]*:)[^@\\s/]+@"), "$1" + MASK + "@"),
            // AWS access key ids
            new Rule(Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"), MASK));

    private record Rule(Pattern pattern, String replacement) {
    }

    /** The text with every recognised credential replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public String redact(String text) {
        if (text == null || text.isEmpty() || !mayHoldSecret(text)) {
            return text;
        }
        String out = text;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(out);
            if (m.find()) {
                out = m.replaceAll(rule.replacement);
            }
        }
        return out;
    }

    private static boolean mayHoldSecret(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String trigger : TRIGGERS) {
            if (lower.contains(trigger)) {
                return true;
            }
        }
        return false;
    }
}
