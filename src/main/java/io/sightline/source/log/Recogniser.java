package io.sightline.source.log;

import io.sightline.series.Severity;

import java.util.Map;

/**
 * Spots one known message in a log text, whatever the layout around it, and names it as an event kind with
 * typed attributes. Tiny by design: one phrase family per recogniser (see {@link Recognisers}).
 */
interface Recogniser {
    /** The match in {@code text}, or null. */
    Match match(String text);

    /** What a recogniser found: event kind, severity, the matched line, attributes (pool numbers, type...). */
    record Match(String kind, Severity severity, String line, Map<String, String> attributes) {
    }
}
