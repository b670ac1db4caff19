package io.sightline.checklist;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One named signal at one instant: what was measured, how abnormal it is, since when, in words, and the data that
 * supports it so a view can jump to it.
 *
 * @param id       a stable id from {@link EvidenceIds}
 * @param status   whether the signal is abnormal, normal, or could not be computed (no data)
 * @param strength how strongly abnormal, 0 (normal or unknown) .. 1 (unmistakable)
 * @param value    the headline number (see {@code text} for its meaning), NaN when unknown
 * @param since    epoch ms since which the condition has held, or -1 when it does not hold or is unknown
 * @param text     one line for people, with the numbers
 * @param facts    named numbers behind the text (pool sizes, counts, durations in ms) for hypotheses and the guard
 * @param subject  what the signal is about, e.g. the pool name, or empty
 * @param series   series and time ranges that show it
 * @param events   events that show it
 */
public record Evidence(String id, Status status, double strength, double value, long since, String text,
                       Map<String, Double> facts, String subject, List<SeriesRange> series, List<EventRef> events) {

    public enum Status { PRESENT, ABSENT, UNKNOWN }

    public Evidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (status != Status.PRESENT) {
            strength = 0;
        }
        strength = Math.max(0, Math.min(1, strength));
        facts = Map.copyOf(facts);
        subject = subject == null ? "" : subject;
        series = List.copyOf(series);
        events = List.copyOf(events);
    }

    public static Evidence unknown(String id, String why) {
        return new Evidence(id, Status.UNKNOWN, 0, Double.NaN, -1, why, Map.of(), "", List.of(), List.of());
    }

    public boolean known() {
        return status != Status.UNKNOWN;
    }

    /** A named number behind the text, NaN when absent. */
    public double fact(String name) {
        Double v = facts.get(name);
        return v == null ? Double.NaN : v;
    }
}
