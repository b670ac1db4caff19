package io.sightline.series;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one series: {@code source/target/metric{labels}}, e.g. {@code jmx/shop-1/hikari.active{pool=shop}} or
 * {@code log/access/latency.p99}. One series has one writer; a pool seen over JMX and in logs is two series.
 */
public final class SeriesId implements Comparable<SeriesId> {
    private static final Pattern TEXT = Pattern.compile("([^/{}]+)/([^{}]+)/([^/{}]+)(?:\\{([^}]*)})?");

    private final String source;
    private final String target;
    private final String metric;
    private final SortedMap<String, String> labels;
    private final String text;

    private SeriesId(String source, String target, String metric, Map<String, String> labels) {
        this.source = requireName(source, "source");
        this.target = requireName(target, "target");
        this.metric = requireName(metric, "metric");
        this.labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        this.text = render();
    }

    public static SeriesId of(String source, String target, String metric) {
        return new SeriesId(source, target, metric, Map.of());
    }

    public static SeriesId of(String source, String target, String metric, Map<String, String> labels) {
        return new SeriesId(source, target, metric, labels);
    }

    /** Parses the text form; the inverse of {@link #toString()}. */
    public static SeriesId parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a series id (source/target/metric{k=v,…})");
        }
        Map<String, String> labels = new TreeMap<>();
        if (m.group(4) != null && !m.group(4).isEmpty()) {
            for (String pair : m.group(4).split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("'" + text + "': label '" + pair + "' is not key=value");
                }
                labels.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new SeriesId(m.group(1), m.group(2), m.group(3), labels);
    }

    public SeriesId withLabel(String key, String value) {
        Map<String, String> l = new TreeMap<>(labels);
        l.put(key, value);
        return new SeriesId(source, target, metric, l);
    }

    public String source() {
        return source;
    }

    public String target() {
        return target;
    }

    public String metric() {
        return metric;
    }

    public Map<String, String> labels() {
        return labels;
    }

    public String label(String key) {
        return labels.get(key);
    }

    private String render() {
        StringBuilder sb = new StringBuilder(source).append('/').append(target).append('/').append(metric);
        if (!labels.isEmpty()) {
            sb.append('{');
            labels.forEach((k, v) -> sb.append(k).append('=').append(v).append(','));
            sb.setCharAt(sb.length() - 1, '}');
        }
        return sb.toString();
    }

    private static String requireName(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || value.indexOf('{') >= 0 || value.indexOf('}') >= 0) {
            throw new IllegalArgumentException("bad series " + what + ": '" + value + "'");
        }
        return value;
    }

    @Override
    public int compareTo(SeriesId o) {
        return text.compareTo(o.text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesId other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
