package io.sightline.source.log;

import io.sightline.series.Severity;

import java.util.Locale;

/** Level names and exception-class spotting shared by every layout. */
final class Levels {
    private Levels() {
    }

    static Severity severity(String level) {
        switch (level.toUpperCase(Locale.ROOT)) {
            case "ERROR", "FATAL", "SEVERE", "CRITICAL", "ERR", "CRIT", "EMERG", "ALERT":
                return Severity.ERROR;
            case "WARN", "WARNING":
                return Severity.WARN;
            case "DEBUG", "TRACE", "FINE", "FINER", "FINEST":
                return Severity.DEBUG;
            default:
                return Severity.INFO;
        }
    }

    private static final String[] NAMES = {"ERROR", "WARN", "INFO", "DEBUG", "TRACE", "FATAL", "WARNING", "SEVERE"};

    /**
     * The level name standing at {@code from} in {@code s} and ending at a space (or the end), as a shared
     * constant: no substring, no hashing, for the header of every line.
     */
    static String levelAt(String s, int from) {
        for (String name : NAMES) {
            int end = from + name.length();
            if (s.startsWith(name, from) && (end == s.length() || s.charAt(end) == ' ')) {
                return name;
            }
        }
        return null;
    }

    /** {@link #levelAt(String, int)} on an ASCII line's bytes {@code b[.., to)}: one name tried, by its first letter. */
    static String levelAt(byte[] b, int from, int to) {
        if (from >= to) {
            return null;
        }
        switch (b[from]) {
            case 'I':
                return nameAt(b, from, to, "INFO");
            case 'E':
                return nameAt(b, from, to, "ERROR");
            case 'W':
                String w = nameAt(b, from, to, "WARN");
                return w != null ? w : nameAt(b, from, to, "WARNING");
            case 'D':
                return nameAt(b, from, to, "DEBUG");
            case 'T':
                return nameAt(b, from, to, "TRACE");
            case 'F':
                return nameAt(b, from, to, "FATAL");
            case 'S':
                return nameAt(b, from, to, "SEVERE");
            default:
                return null;
        }
    }

    private static String nameAt(byte[] b, int from, int to, String name) {
        int end = from + name.length();
        if (end > to || (end < to && b[end] != ' ')) {
            return null;
        }
        for (int k = 1; k < name.length(); k++) {
            if (b[from + k] != name.charAt(k)) {
                return null;
            }
        }
        return name;
    }

    static boolean isLevel(String token) {
        switch (token) {
            case "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "FATAL", "WARNING", "SEVERE":
                return true;
            default:
                return false;
        }
    }

    /**
     * The exception class a text starts with ({@code java.sql.SQLTransientConnectionException: ...}), also after
     * a {@code Caused by: } or {@code Exception in thread "x" } prefix; null when it does not start with one.
     */
    static String leadingExceptionClass(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int start = 0;
        if (text.charAt(0) == 'E' && text.startsWith("Exception in thread \"")) {
            int q = text.indexOf("\" ", 21);
            if (q < 0) {
                return null;
            }
            start = q + 2;
        }
        int end = start;
        while (end < text.length()) {
            char c = text.charAt(end);
            // ASCII letters, digits, '.', '_' and '$' first: the table lookup only for the rest
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '_' || c == '$';
            if (!ascii && (c < 0x80 || !Character.isJavaIdentifierPart(c))) {
                break;
            }
            end++;
        }
        if (end == start || (end < text.length() && text.charAt(end) != ':' && text.charAt(end) != '\n')) {
            return null;
        }
        String name = text.substring(start, end);
        boolean looksLikeThrowable = name.endsWith("Exception") || name.endsWith("Error") || name.endsWith("Throwable");
        return looksLikeThrowable && name.indexOf('.') > 0 ? name : null;
    }

    /** The lines of a stack trace that are not frames (exception and cause lines), joined with '\n'. */
    static String exceptionLines(String stack) {
        if (stack.isEmpty()) {
            return stack;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : stack.split("\n")) {
            if (!line.isEmpty() && line.charAt(0) != '\t' && line.charAt(0) != ' ') {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(line);
            }
        }
        return sb.toString();
    }

    /** Frame lines of a stack trace (starting with white space). */
    static int frames(String stack) {
        if (stack.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String line : stack.split("\n")) {
            if (!line.isEmpty() && (line.charAt(0) == '\t' || line.charAt(0) == ' ')) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a line that does not start an entry belongs to the previous one: stack frames, "Caused by",
     * "Suppressed", "... 12 more", or an exception's first line.
     */
    static boolean isContinuation(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        if (c == ' ' || c == '\t') {
            return true;
        }
        return line.startsWith("Caused by: ") || line.startsWith("Suppressed: ") || line.startsWith("... ")
                || leadingExceptionClass(line) != null;
    }
}
