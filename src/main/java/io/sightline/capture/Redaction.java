package io.sightline.capture;

import io.sightline.series.Event;
import io.sightline.series.SeriesId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Applies a text redaction to the parts of series ids and events that can carry secrets or host names. */
final class Redaction {
    private Redaction() {
    }

    /** Target and label values cleaned; source and metric are names Sightline chose and stay. */
    static SeriesId seriesId(SeriesId id, UnaryOperator<String> clean) {
        Map<String, String> labels = new LinkedHashMap<>();
        id.labels().forEach((k, v) -> labels.put(k, clean.apply(v)));
        return SeriesId.of(id.source(), clean.apply(id.target()), id.metric(), labels);
    }

    static Event event(Event e, UnaryOperator<String> clean) {
        Map<String, String> attributes = new LinkedHashMap<>();
        e.attributes().forEach((k, v) -> attributes.put(k, clean.apply(v)));
        return new Event(e.timeMillis(), clean.apply(e.source()), e.kind(), e.severity(), clean.apply(e.text()), attributes);
    }
}
