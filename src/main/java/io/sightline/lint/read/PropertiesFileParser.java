package io.sightline.lint.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code .properties} parser that keeps line numbers (which {@link java.util.Properties} throws away):
 * comments, {@code key=value}, {@code key: value}, {@code key value}, backslash continuations and escapes,
 * and Spring Boot's {@code #---} document separator.
 */
final class PropertiesFileParser {
    private PropertiesFileParser() {
    }

    static List<FlatDocument> parse(Path file, String displayName, List<String> lines) {
        String fileProfile = Profiles.ofFile(file);
        List<FlatDocument> docs = new ArrayList<>();
        List<FlatEntry> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripLeading(lines.get(i));
            if (line.equals("#---") || line.equals("!---")) {
                docs.add(Profiles.document(displayName, fileProfile, current));
                current = new ArrayList<>();
                continue;
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int first = i;
            StringBuilder logical = new StringBuilder();
            while (endsWithContinuation(line) && i + 1 < lines.size()) {
                logical.append(line, 0, line.length() - 1);
                line = stripLeading(lines.get(++i));
            }
            logical.append(line);
            current.add(entry(logical.toString(), first + 1));
        }
        docs.add(Profiles.document(displayName, fileProfile, current));
        return docs;
    }

    private static FlatEntry entry(String line, int lineNumber) {
        int end = 0;
        StringBuilder key = new StringBuilder();
        while (end < line.length()) {
            char c = line.charAt(end);
            if (c == '\\' && end + 1 < line.length()) {
                key.append(unescape(line.charAt(end + 1)));
                end += 2;
                continue;
            }
            if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            }
            key.append(c);
            end++;
        }
        int valueStart = end;
        while (valueStart < line.length() && Character.isWhitespace(line.charAt(valueStart))) {
            valueStart++;
        }
        if (valueStart < line.length() && (line.charAt(valueStart) == '=' || line.charAt(valueStart) == ':')) {
            valueStart++;
        }
        return new FlatEntry(key.toString(), unescapeAll(line.substring(valueStart).strip()), lineNumber);
    }

    private static String unescapeAll(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                out.append(unescape(s.charAt(++i)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char unescape(char c) {
        return switch (c) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            default -> c;
        };
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String stripLeading(String s) {
        return s.stripLeading();
    }
}
