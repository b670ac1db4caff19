package io.sightline.series;

import java.util.Map;
import java.util.Objects;

/**
 * One thing that happened at an instant: a target restart, a typed log event, an alert, a checklist action, a
 * note. The single model that charts (markers), capture (rows) and the incident timeline share.
 *
 * @param timeMillis epoch milliseconds
 * @param source     who saw it, e.g. {@code jmx/shop-1}, {@code log/app}, {@code checklist}, {@code user}
 * @param kind       what it is, a dotted name from {@link EventKinds} or a capability's own
 * @param severity   how loudly to show it
 * @param text       one line for people
 * @param attributes typed details (pool numbers, thread counts, ...), as strings
 */
public record Event(long timeMillis, String source, String kind, Severity severity, String text,
                    Map<String, String> attributes) {
    public Event {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public static Event of(long timeMillis, String source, String kind, Severity severity, String text) {
        return new Event(timeMillis, source, kind, severity, text, Map.of());
    }

    public String attribute(String key) {
        return attributes.get(key);
    }
}
