package io.sightline.capture;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What opening a capture found: the SQLite integrity check as SQLite wrote it, and every piece of data that
 * could not be read. Shown to the user, never swallowed: a replay with holes must say where the holes are.
 *
 * @param integrity  lines of {@code PRAGMA quick_check}; {@code ["ok"]} for a sound file
 * @param losses     data that could not be read, per series or table
 * @param problems   anything else worth saying (metadata unreadable, chunk index damaged)
 */
public record CaptureReport(Path file, List<String> integrity, List<Loss> losses, List<String> problems,
                            int chunksRead, long samplesRead, long eventsRead) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * Data that could not be read. {@code from}/{@code to} bound the hole in epoch ms when known.
     *
     * @param what   a series name, or {@code events}, or {@code chunk rows}
     * @param count  how many chunks (or rows) were lost
     */
    public record Loss(String what, int count, Long from, Long to, String reason) {
    }

    public CaptureReport {
        integrity = List.copyOf(integrity);
        losses = List.copyOf(losses);
        problems = List.copyOf(problems);
    }

    /** True when SQLite found nothing wrong and every chunk and event was read. */
    public boolean intact() {
        return integrity.equals(List.of("ok")) && losses.isEmpty() && problems.isEmpty();
    }

    /** One line per finding, times in {@code zone}, e.g. {@code series X: 3 chunks lost between 10:02:11 and 10:04:00}. */
    public List<String> lines(ZoneId zone) {
        List<String> out = new ArrayList<>();
        if (!integrity.equals(List.of("ok"))) {
            out.add(file + ": SQLite integrity check reports " + integrity.size() + " problem(s), first: "
                    + String.join("; ", integrity.subList(0, Math.min(3, integrity.size())))
                    + (integrity.size() > 3 ? " (and " + (integrity.size() - 3) + " more)" : ""));
        }
        for (Loss l : losses) {
            out.add(describe(l, zone));
        }
        out.addAll(problems);
        return out;
    }

    private static String describe(Loss l, ZoneId zone) {
        String unit = l.what().equals("events") || l.what().equals("chunk rows") ? "row" : "chunk";
        StringBuilder sb = new StringBuilder(l.what()).append(": ").append(l.count()).append(' ').append(unit)
                .append(l.count() == 1 ? "" : "s").append(" lost");
        if (l.from() != null && l.to() != null) {
            sb.append(" between ").append(time(l.from(), zone)).append(" and ").append(time(l.to(), zone));
        } else if (l.from() != null) {
            sb.append(" after ").append(time(l.from(), zone));
        } else if (l.to() != null) {
            sb.append(" before ").append(time(l.to(), zone));
        }
        return sb.append(" (").append(l.reason()).append(')').toString();
    }

    private static String time(long epochMillis, ZoneId zone) {
        return CLOCK.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }
}
