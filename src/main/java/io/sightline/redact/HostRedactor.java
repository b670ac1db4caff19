package io.sightline.redact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces host names and IP addresses with stable aliases ({@code host-1}, {@code ip-1}) for sharing a capture
 * outside the team. The same name always maps to the same alias within one redactor, so a shared file still
 * shows which series belong together. Not thread-safe: one per export.
 */
public final class HostRedactor {
    private static final Pattern IPV4 = Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b");
    /** The host part of a URL authority: {@code //host}, {@code //user@host}, {@code //host:port}. */
    private static final Pattern URL_HOST = Pattern.compile("(?<!/)//(?!/)(?:[^/\\s@]*@)?([A-Za-z][A-Za-z0-9.-]*)");

    private final List<String> knownHosts;
    private final Map<String, String> aliases = new LinkedHashMap<>();

    /** @param knownHosts names to hide wherever they appear (target names, host names from metadata) */
    public HostRedactor(Collection<String> knownHosts) {
        List<String> sorted = new ArrayList<>();
        for (String h : knownHosts) {
            if (h != null && h.length() >= 2) {
                sorted.add(h);
            }
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // longest first: "db-1.prod" before "db-1"
        this.knownHosts = sorted;
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = replaceAll(IPV4, text, "ip", 0);
        out = replaceAll(URL_HOST, out, "host", 1);
        for (String host : knownHosts) {
            if (out.contains(host)) {
                out = out.replace(host, alias(host, "host"));
            }
        }
        return out;
    }

    /** Every alias handed out so far, original to alias; for the export report, never written to the file. */
    public Map<String, String> aliases() {
        return Map.copyOf(aliases);
    }

    private String replaceAll(Pattern pattern, String text, String kind, int group) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String name = m.group(group);
            if (name.equals("localhost") || name.startsWith("ip-") || name.startsWith("host-")) {
                continue;
            }
            sb.append(text, last, m.start(group)).append(alias(name, kind));
            last = m.end(group);
        }
        if (last == 0) {
            return text;
        }
        return sb.append(text, last, text.length()).toString();
    }

    private String alias(String name, String kind) {
        return aliases.computeIfAbsent(name, n -> kind + "-" + (countOf(kind) + 1));
    }

    private long countOf(String kind) {
        return aliases.values().stream().filter(a -> a.startsWith(kind + "-")).count();
    }
}
