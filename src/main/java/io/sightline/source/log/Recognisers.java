package io.sightline.source.log;

import io.sightline.series.EventAttributes;
import io.sightline.series.EventKinds;
import io.sightline.series.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages that are evidence in a pool incident: HikariCP's own (timeout in both its old and current
 * wording, pool stats, leak detection, housekeeper starvation, failed validation), database refusals, lock
 * waits and deadlocks, and network failures. Each is found by a plain substring first (cheap on every line),
 * then its numbers are read by a small regex.
 */
public final class Recognisers {
    static final String POOL_TIMEOUT_PHRASE = "Connection is not available, request timed out after ";
    private static final Pattern STATS = Pattern.compile(
            "\\(total=(\\d+), active=(\\d+), idle=(\\d+), waiting=(\\d+)\\)?");
    private static final Pattern TIMEOUT_MS = Pattern.compile("request timed out after (\\d+)ms");
    private static final Pattern DELTA = Pattern.compile("housekeeper delta=([^)]+)\\)");

    private static final List<Recogniser> ALL = List.of(
            poolTimeout(),
            phrase(EventKinds.LOG_POOL_STATS, Severity.DEBUG, true, "Pool stats (", "Timeout failure stats ("),
            phrase(EventKinds.LOG_CONNECTION_LEAK, Severity.WARN, true, "Connection leak detection triggered",
                    "Apparent connection leak detected"),
            starvation(),
            phrase(EventKinds.LOG_VALIDATION_FAILED, Severity.WARN, true, "Failed to validate connection"),
            typed(EventKinds.LOG_DB_REFUSED, Severity.ERROR, "sorry, too many clients already", "too-many-clients",
                    "remaining connection slots are reserved", "reserved-slots",
                    "Too many connections", "too-many-connections"),
            typed(EventKinds.LOG_DB_LOCK, Severity.ERROR, "deadlock detected", EventAttributes.TYPE_DEADLOCK,
                    "Deadlock found", EventAttributes.TYPE_DEADLOCK,
                    "Lock wait timeout exceeded", EventAttributes.TYPE_LOCK_WAIT,
                    "canceling statement due to lock timeout", EventAttributes.TYPE_LOCK_WAIT,
                    "Timeout trying to lock table", EventAttributes.TYPE_LOCK_WAIT),
            typed(EventKinds.LOG_NETWORK, Severity.ERROR, "Connection refused", EventAttributes.TYPE_CONNECTION_REFUSED,
                    "connect timed out", EventAttributes.TYPE_CONNECT_TIMEOUT,
                    "SocketTimeoutException", EventAttributes.TYPE_READ_TIMEOUT,
                    "Read timed out", EventAttributes.TYPE_READ_TIMEOUT,
                    "UnknownHostException", EventAttributes.TYPE_UNKNOWN_HOST,
                    "Connection reset", EventAttributes.TYPE_CONNECTION_RESET));

    private Recognisers() {
    }

    /** Every match in {@code text}, at most one per recogniser. */
    public static List<Recogniser.Match> recognise(String text) {
        List<Recogniser.Match> out = null;
        for (Recogniser r : ALL) {
            Recogniser.Match m = r.match(text);
            if (m != null) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(m);
            }
        }
        return out == null ? List.of() : out;
    }

    private static Recogniser poolTimeout() {
        return text -> {
            int at = text.indexOf(POOL_TIMEOUT_PHRASE);
            if (at < 0) {
                return null;
            }
            String line = lineAt(text, at);
            Map<String, String> a = new LinkedHashMap<>();
            a.put(EventAttributes.POOL, poolBefore(text, at));
            Matcher ms = TIMEOUT_MS.matcher(line);
            if (ms.find()) {
                a.put(EventAttributes.TIMEOUT_MS, ms.group(1));
            }
            stats(line, a);
            return new Recogniser.Match(EventKinds.LOG_POOL_TIMEOUT, Severity.ERROR, line, a);
        };
    }

    private static Recogniser starvation() {
        return text -> {
            int at = text.indexOf("Thread starvation or clock leap detected");
            if (at < 0) {
                return null;
            }
            String line = lineAt(text, at);
            Map<String, String> a = new LinkedHashMap<>();
            a.put(EventAttributes.POOL, poolBefore(text, at));
            Matcher m = DELTA.matcher(line);
            if (m.find()) {
                a.put("delta", m.group(1));
            }
            return new Recogniser.Match(EventKinds.LOG_THREAD_STARVATION, Severity.WARN, line, a);
        };
    }

    /** A phrase family whose line may carry pool numbers and names its pool before " - ". */
    private static Recogniser phrase(String kind, Severity severity, boolean pool, String... phrases) {
        return text -> {
            for (String p : phrases) {
                int at = text.indexOf(p);
                if (at >= 0) {
                    String line = lineAt(text, at);
                    Map<String, String> a = new LinkedHashMap<>();
                    if (pool) {
                        a.put(EventAttributes.POOL, poolBefore(text, at));
                    }
                    stats(line, a);
                    return new Recogniser.Match(kind, severity, line, a);
                }
            }
            return null;
        };
    }

    /** Phrases in pairs (phrase, type): the event carries {@code type} so the checklist can tell them apart. */
    private static Recogniser typed(String kind, Severity severity, String... phraseTypePairs) {
        return text -> {
            for (int i = 0; i < phraseTypePairs.length; i += 2) {
                int at = text.indexOf(phraseTypePairs[i]);
                if (at >= 0) {
                    return new Recogniser.Match(kind, severity, lineAt(text, at),
                            Map.of(EventAttributes.TYPE, phraseTypePairs[i + 1]));
                }
            }
            return null;
        };
    }

    private static void stats(String line, Map<String, String> a) {
        Matcher m = STATS.matcher(line);
        if (m.find()) {
            a.put(EventAttributes.POOL_TOTAL, m.group(1));
            a.put(EventAttributes.POOL_ACTIVE, m.group(2));
            a.put(EventAttributes.POOL_IDLE, m.group(3));
            a.put(EventAttributes.POOL_WAITING, m.group(4));
        }
    }

    /** The whole line of a multi-line text that contains index {@code at}. */
    private static String lineAt(String text, int at) {
        int s = text.lastIndexOf('\n', at) + 1;
        int e = text.indexOf('\n', at);
        return text.substring(s, e < 0 ? text.length() : e).strip();
    }

    /**
     * The pool name HikariCP prints before its messages ("HikariPool-1 - Connection is not available"), also
     * after an exception class ("SQLTransientConnectionException: My Pool - ...") or a bracketed prefix.
     */
    static String poolBefore(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        String before = text.substring(lineStart, at).stripTrailing();
        if (before.endsWith(" -")) {
            before = before.substring(0, before.length() - 2).stripTrailing();
        } else if (before.endsWith("-")) {
            before = before.substring(0, before.length() - 1).stripTrailing();
        }
        int cut = Math.max(before.lastIndexOf(": "), before.lastIndexOf(" - "));
        String name = cut < 0 ? before : before.substring(cut + 2);
        name = name.strip();
        if (name.startsWith("- ")) {
            name = name.substring(2);
        }
        return name;
    }
}
