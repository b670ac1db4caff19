package io.sightline.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sightline.series.Event;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.series.Unit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A test-only stand-in for the capture file until the capture reader is wired in: a store as JSON
 * ({@code {"series":[{"id","unit","samples":[[t,v]…]}],"events":[{…}]}}). Not a user-facing format.
 */
final class JsonFixture implements CaptureLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static void write(SeriesStore store, Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode series = root.putArray("series");
        for (Series s : store.all()) {
            ObjectNode o = series.addObject().put("id", s.id().toString()).put("unit", s.unit().name());
            ArrayNode samples = o.putArray("samples");
            Series.Snapshot snap = s.snapshot();
            for (int i = 0; i < snap.size(); i++) {
                ArrayNode pair = samples.addArray().add(snap.time(i));
                if (Double.isNaN(snap.value(i))) {
                    pair.addNull();
                } else {
                    pair.add(snap.value(i));
                }
            }
        }
        ArrayNode events = root.putArray("events");
        for (Event e : store.events().all()) {
            ObjectNode o = events.addObject().put("time", e.timeMillis()).put("source", e.source()).put("kind", e.kind())
                    .put("severity", e.severity().name()).put("text", e.text());
            ObjectNode attrs = o.putObject("attributes");
            e.attributes().forEach(attrs::put);
        }
        MAPPER.writeValue(file.toFile(), root);
    }

    @Override
    public SeriesStore load(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (root == null || !root.has("series")) {
            throw new IllegalArgumentException("not a JSON store fixture (no \"series\")");
        }
        SeriesStore store = new SeriesStore();
        for (JsonNode s : root.get("series")) {
            Series series = store.series(SeriesId.parse(s.get("id").asText()), Unit.valueOf(s.get("unit").asText()));
            for (JsonNode pair : s.get("samples")) {
                long t = pair.get(0).asLong();
                if (pair.get(1).isNull()) {
                    series.appendGap(t);
                } else {
                    series.append(t, pair.get(1).asDouble());
                }
            }
        }
        for (JsonNode e : root.path("events")) {
            Map<String, String> attrs = new HashMap<>();
            e.path("attributes").fields().forEachRemaining(f -> attrs.put(f.getKey(), f.getValue().asText()));
            store.events().add(new Event(e.get("time").asLong(), e.get("source").asText(), e.get("kind").asText(),
                    Severity.valueOf(e.get("severity").asText()), e.get("text").asText(), attrs));
        }
        return store;
    }
}
