package io.sightline.ui.replay;

import io.sightline.series.Event;
import io.sightline.series.Severity;
import io.sightline.source.log.LogLines;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The log events of a capture ({@code log.*} kinds) as lines for the log pane. Each line starts with a
 * logback-style timestamp, so the pane's time queries (scroll to an instant, time of a selected line) work on it.
 */
final class EventLines implements LogLines {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private final List<Event> events;
    private final ZoneId zone;

    EventLines(List<Event> events, ZoneId zone) {
        this.events = events.stream().filter(e -> e.kind().startsWith("log.")).toList();
        this.zone = zone;
    }

    @Override
    public int size() {
        return events.size();
    }

    @Override
    public String text(int index) {
        Event e = events.get(index);
        // The shape of a logback line ("time [thread] LEVEL logger - message"), which the pane's parser reads.
        return STAMP.format(Instant.ofEpochMilli(e.timeMillis()).atZone(zone)) + " [" + e.source() + "] "
                + pad(e.severity().name()) + " " + e.kind() + " - " + oneLine(e.text());
    }

    @Override
    public Severity level(int index) {
        return events.get(index).severity();
    }

    @Override
    public boolean refresh() {
        return false; // a capture does not grow
    }

    private static String pad(String level) {
        return level.length() >= 5 ? level : level + " ".repeat(5 - level.length());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
    }
}
