package io.sightline.source.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON lines as logstash-logback-encoder ({@code @timestamp, level, logger_name, thread_name, message,
 * stack_trace}) and ECS ({@code log.level}, {@code log.logger}, {@code error.stack_trace}, flat or nested) write them.
 */
final class JsonLineParser extends EntryParser {
    /** Loaded on first JSON line: format detection builds this parser for every file it samples. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private final TimestampText ts;

    JsonLineParser(ParseContext ctx) {
        super(ctx);
        this.ts = new TimestampText(ctx.times());
    }

    @Override
    Header header(String line) {
        if (!line.startsWith("{")) {
            return null;
        }
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (n == null || !n.isObject()) {
            return null;
        }
        String timeText = text(n, "@timestamp", "timestamp", "time");
        long time = timeText.isEmpty() ? TimestampText.NONE : ts.parse(timeText, 0);
        if (time == TimestampText.NONE) {
            time = epochField(n);
        }
        long stamped = time == TimestampText.NONE ? ctx.lastTime() : ctx.stamp(time);
        return new Header(stamped, text(n, "level", "log.level", "severity"),
                text(n, "thread_name", "process.thread.name", "thread"), text(n, "logger_name", "log.logger", "logger"),
                text(n, "message", "msg"), text(n, "stack_trace", "error.stack_trace", "exception"));
    }

    private static long epochField(JsonNode n) {
        JsonNode t = n.get("timeMillis");
        if (t == null) {
            t = n.get("epoch_ms");
        }
        return t != null && t.canConvertToLong() ? t.asLong() : TimestampText.NONE;
    }

    /** The first of the fields present, flat ({@code "log.level"}) or nested ({@code "log": {"level"}}). */
    private static String text(JsonNode n, String... names) {
        for (String name : names) {
            JsonNode v = n.get(name);
            if (v == null && name.indexOf('.') > 0) {
                v = n.at("/" + name.replace('.', '/'));
            }
            if (v != null && !v.isMissingNode() && !v.isNull()) {
                return v.isTextual() ? v.asText() : v.toString();
            }
        }
        return "";
    }
}
