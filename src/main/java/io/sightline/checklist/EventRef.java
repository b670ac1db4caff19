package io.sightline.checklist;

import io.sightline.series.Event;

/** A link from evidence to one event (events have no id: time, source and kind find it in the log). */
public record EventRef(long timeMillis, String source, String kind, String text) {
    public static EventRef of(Event e) {
        return new EventRef(e.timeMillis(), e.source(), e.kind(), e.text());
    }
}
