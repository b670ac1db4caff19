package io.sightline.checklist.evidence;

import io.sightline.checklist.EventRef;
import io.sightline.checklist.Evidence;
import io.sightline.checklist.SeriesRange;
import io.sightline.series.Event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles one {@link Evidence}; a rule ends with {@link #present(double)} or {@link #absent()}. */
final class EvidenceBuilder {
    private static final int MAX_EVENT_LINKS = 5;
    private final String id;
    private double value = Double.NaN;
    private long since = -1;
    private String text = "";
    private String subject = "";
    private final Map<String, Double> facts = new LinkedHashMap<>();
    private final List<SeriesRange> series = new ArrayList<>();
    private final List<EventRef> events = new ArrayList<>();

    EvidenceBuilder(String id) {
        this.id = id;
    }

    EvidenceBuilder value(double v) {
        this.value = v;
        return this;
    }

    EvidenceBuilder since(long t) {
        this.since = t;
        return this;
    }

    EvidenceBuilder text(String t) {
        this.text = t;
        return this;
    }

    EvidenceBuilder subject(String s) {
        this.subject = s;
        return this;
    }

    EvidenceBuilder fact(String name, double v) {
        if (!Double.isNaN(v)) {
            facts.put(name, v);
        }
        return this;
    }

    EvidenceBuilder series(String seriesId, long from, long to) {
        series.add(new SeriesRange(seriesId, from, to));
        return this;
    }

    /** Links the newest few of {@code list}: enough to jump to, not a copy of the log. */
    EvidenceBuilder events(List<Event> list) {
        for (int i = Math.max(0, list.size() - MAX_EVENT_LINKS); i < list.size(); i++) {
            events.add(EventRef.of(list.get(i)));
        }
        return this;
    }

    Evidence present(double strength) {
        return build(strength > 0 ? Evidence.Status.PRESENT : Evidence.Status.ABSENT, strength);
    }

    Evidence absent() {
        return build(Evidence.Status.ABSENT, 0);
    }

    /** PRESENT when {@code strength} reaches {@code threshold}, ABSENT otherwise. */
    Evidence judged(double strength, double threshold) {
        return strength >= threshold && strength > 0 ? present(strength) : absent();
    }

    private Evidence build(Evidence.Status status, double strength) {
        return new Evidence(id, status, strength, value, status == Evidence.Status.PRESENT ? since : -1, text, facts,
                subject, series, events);
    }
}
