package io.sightline.demo.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.sightline.cli.DurationConverter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads scenarios: a built-in one by name (resource {@code io/sightline/demo/scenarios/NAME.json}) or a user's
 * JSON file. Every problem becomes one {@link ScenarioException} line naming the file, the field and the problem,
 * so a user can fix their file without reading a stack trace.
 */
public final class ScenarioLoader {
    /** The hypothesis ids of DESIGN.md; a scenario's ground truth must be one of them. */
    public static final List<String> HYPOTHESIS_IDS = List.of("pool-undersized", "slow-queries", "connection-leak",
            "db-connection-limit", "db-network", "gc-pauses", "slow-downstream", "no-incident");
    public static final String NO_INCIDENT = "no-incident";
    public static final String DEFAULT_SCENARIO = "pool-misconfig";
    /** The scenarios shipped in resources; a test keeps this list and the resource folder in step. */
    public static final List<String> BUILT_IN = List.of("pool-misconfig", "slow-queries", "connection-leak",
            "db-network-latency", "gc-pressure", "slow-downstream", "healthy", "test-pool-undersized");
    private static final String RESOURCE_DIR = "/io/sightline/demo/scenarios/";

    private final ObjectMapper json;

    public ScenarioLoader() {
        SimpleModule durations = new SimpleModule("scenario-durations");
        durations.addDeserializer(Duration.class, new ScenarioDurationDeserializer());
        json = new ObjectMapper()
                .registerModule(durations)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A built-in scenario when {@code nameOrFile} is one of {@link #BUILT_IN}, else a JSON file. */
    public Scenario load(String nameOrFile) {
        if (BUILT_IN.contains(nameOrFile)) {
            return loadBuiltIn(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.exists(file)) {
            throw new ScenarioException(nameOrFile, "scenario", "no such built-in scenario or file (built-in: "
                    + String.join(", ", BUILT_IN) + ")");
        }
        return loadFile(file);
    }

    public Scenario loadBuiltIn(String name) {
        String resource = RESOURCE_DIR + name + ".json";
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioException(name, "scenario", "built-in scenario missing from the class path");
            }
            return parse(name + ".json", in.readAllBytes());
        } catch (IOException e) {
            throw new ScenarioException(name, "scenario", "cannot read: " + e.getMessage(), e);
        }
    }

    public Scenario loadFile(Path file) {
        try {
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file.toString(), "scenario", "no such file", e);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), "scenario", "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses and validates; {@code source} names the input in error messages. */
    public Scenario parse(String source, byte[] content) {
        Scenario scenario;
        try {
            scenario = json.readValue(content, Scenario.class);
        } catch (JsonMappingException e) {
            throw new ScenarioException(source, fieldPath(e), problem(e), e);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(source, location(e), "not valid JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ScenarioException(source, "scenario", "cannot read: " + e.getMessage(), e);
        }
        if (scenario == null) {
            throw new ScenarioException(source, "scenario", "empty file");
        }
        new ScenarioValidator(source).validate(scenario);
        return scenario;
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.length() == 0 ? location(e) : path.toString();
    }

    private static String problem(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field (known: " + u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")) + ")";
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "scenario"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }

    /** Durations as the command line writes them ({@code 250ms}, {@code 90s}, {@code 5m}) or plain seconds. */
    private static final class ScenarioDurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return Duration.ofNanos(Math.round(p.getDoubleValue() * 1e9));
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonMappingException.from(p, "expected a duration such as \"250ms\", \"90s\" or \"5m\"");
            }
            String text = p.getText();
            if (text.trim().startsWith("-")) {
                throw JsonMappingException.from(p, "negative time '" + text + "'");
            }
            try {
                return DurationConverter.parse(text);
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage());
            }
        }
    }
}
