package io.sightline.source.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sightline.cli.SightlineCommand;
import io.sightline.cli.UserInputException;
import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sightline logs FILE... [--format F] [--metrics 1m] [--events]}: reads whole files and prints derived
 * metrics per interval as CSV (rows of all files merged by time), or typed events as JSON lines merged by time.
 * A one-line summary per file on stderr says what became of every line.
 */
@Command(name = "logs", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = "Parses log files into derived metrics per interval (CSV) or typed events (JSON lines).")
public final class LogsCommand implements Callable<Integer> {
    static final String CSV_HEADER = "time,source,requests_per_s,entries_per_s,latency_p50_ms,latency_p95_ms,latency_p99_ms,"
            + "http_4xx_per_s,http_5xx_per_s,exceptions_per_s,pool_timeouts_per_s,gc_pauses,gc_pause_max_ms";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Log files (plain or .gz).")
    List<Path> files;

    @Option(names = "--format", paramLabel = "F", description = "access, access-ms, logback, spring-boot, log4j, "
            + "json, gc, raw or regex:<pattern> (default: detected per file).")
    String format;

    @Option(names = "--metrics", paramLabel = "D", defaultValue = "1m", description = "Interval (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--events", description = "Print typed events as JSON lines instead of metrics.")
    boolean events;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Zone of timestamps without an offset (default: system).")
    ZoneId zone;

    @Option(names = "--clock-offset", paramLabel = "D", defaultValue = "0s",
            description = "Added to every timestamp, for a host whose clock is behind.")
    Duration clockOffset;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Threads reading ranges of a large file (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        LogFormat f = parseFormat();
        if (interval.toMillis() <= 0) {
            throw new UserInputException("--metrics must be a positive duration, got " + interval);
        }
        for (Path p : files) {
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                throw new UserInputException("cannot read " + p + ": " + (Files.exists(p)
                        ? (Files.isDirectory(p) ? "is a directory" : "permission denied") : "no such file"));
            }
        }
        ZoneId z = zone != null ? zone : ZoneId.systemDefault();
        List<Row> rows = new ArrayList<>();
        List<Event> all = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        try (Lifecycle lifecycle = new Lifecycle()) {
            var pool = lifecycle.newCachedPool("logs-range");
            for (Path p : files) {
                String target = targetName(p);
                LogStats statsForContext = new LogStats();
                ParseContext ctx = new ParseContext(z, clockOffset, LocalDate.now(Clock.system(z)), Clock.system(z),
                        statsForContext);
                LogFileReader.Result r = read(p, target, f, ctx, pool, all);
                r.buckets().forEach(b -> rows.add(new Row(b, target)));
                err.println(p + ": format " + r.format() + ", " + r.stats().summary());
            }
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if (events) {
            all.sort(Comparator.comparingLong(Event::timeMillis));
            for (Event e : all) {
                out.println(json(e));
            }
        } else {
            rows.sort(Comparator.comparingLong((Row r) -> r.values.start()));
            out.println(CSV_HEADER);
            for (Row r : rows) {
                out.println(csv(r));
            }
        }
        out.flush();
        return SightlineCommand.EXIT_OK;
    }

    private LogFileReader.Result read(Path p, String target, LogFormat f, ParseContext ctx,
                                      java.util.concurrent.ExecutorService pool, List<Event> all) {
        try {
            return LogFileReader.read(p, target, f, ctx, interval.toMillis(), Math.max(1, threads),
                    events ? all::add : LogFileReader.IGNORE, pool);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    private LogFormat parseFormat() {
        if (format == null) {
            return null;
        }
        try {
            LogFormat f = LogFormat.parse(format);
            f.newParser(ParseContext.defaults(new LogStats())); // a bad regex fails here, before any file is read
            return f;
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    static String targetName(Path p) {
        String name = p.getFileName().toString();
        return name.replaceAll("[{}/]", "_");
    }

    /** Loaded on first use: every CLI run constructs this command, and most never print JSON. */
    private static final class JsonHolder {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private record Row(BucketValues values, String source) {
    }

    private static String csv(Row row) {
        BucketValues b = row.values;
        return java.time.Instant.ofEpochMilli(b.start()) + "," + row.source + "," + num(b.perSecond(b.requests()))
                + "," + num(b.perSecond(b.entries())) + "," + num(b.p50()) + "," + num(b.p95()) + "," + num(b.p99()) + "," + num(b.perSecond(b.c4xx()))
                + "," + num(b.perSecond(b.c5xx())) + "," + num(b.perSecond(b.exceptions())) + ","
                + num(b.perSecond(b.poolTimeouts())) + "," + b.gcPauses() + "," + num(b.gcPauseMax());
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.6f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    static String json(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", java.time.Instant.ofEpochMilli(e.timeMillis()).toString());
        m.put("timeMillis", e.timeMillis());
        m.put("source", e.source());
        m.put("kind", e.kind());
        m.put("severity", e.severity().name());
        m.put("text", e.text());
        m.put("attributes", new java.util.TreeMap<>(e.attributes()));
        try {
            return JsonHolder.JSON.writeValueAsString(m);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write event as JSON", ex);
        }
    }
}
