package io.sightline.checklist.runbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads runbooks from YAML or JSON and checks them against the engine's evidence and hypothesis ids, so a typo in a
 * team's runbook fails at load with one line naming the file, the place and the fault, not silently at 3 a.m.
 */
public final class RunbookLoader {
    public static final String BUILT_IN = "/io/sightline/checklist/runbooks/database-first.yaml";

    private final Set<String> evidenceIds;
    private final Set<String> hypothesisIds;

    public RunbookLoader(Set<String> evidenceIds, Set<String> hypothesisIds) {
        this.evidenceIds = Set.copyOf(evidenceIds);
        this.hypothesisIds = Set.copyOf(hypothesisIds);
    }

    /** A loader that accepts exactly the evidence and hypothesis ids {@code engine} computes. */
    public static RunbookLoader forEngine(io.sightline.checklist.DiagnosisEngine engine) {
        return new RunbookLoader(engine.evidenceIds(), engine.hypothesisIds());
    }

    /** The built-in database-first runbook. */
    public Runbook builtIn() {
        try (InputStream in = RunbookLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("built-in runbook missing from the jar: " + BUILT_IN);
            }
            return read(in, "built-in " + BUILT_IN, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a runbook file; JSON when it ends in .json, YAML otherwise. */
    public Runbook load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"));
        } catch (IOException e) {
            throw new RunbookException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    Runbook read(InputStream in, String where, boolean json) throws IOException {
        ObjectMapper mapper = (json ? JsonMapper.builder() : YAMLMapper.builder())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        Runbook runbook;
        try {
            runbook = mapper.readValue(in, Runbook.class);
        } catch (JsonProcessingException e) {
            throw new RunbookException(where + oneLine(e));
        }
        if (runbook == null) {
            throw new RunbookException(where + ": empty runbook");
        }
        validate(runbook, where);
        return runbook;
    }

    private void validate(Runbook r, String where) {
        require(r.id() != null && !r.id().isBlank(), where + ": runbook has no 'id'");
        require(!r.steps().isEmpty(), where + ": runbook '" + r.id() + "' has no steps");
        Set<String> seen = new HashSet<>();
        for (Runbook.Step s : r.steps()) {
            require(s.id() != null && !s.id().isBlank(), where + ": a step has no 'id'");
            String step = where + ": step '" + s.id() + "'";
            require(seen.add(s.id()), step + " appears twice");
            require(s.title() != null && !s.title().isBlank(), step + " has no 'title'");
            require(s.category() != null && !s.category().isBlank(), step + " has no 'category'");
            s.evidence().forEach(e -> require(evidenceIds.contains(e), step + " links unknown evidence '" + e + "'"));
            s.hypotheses().forEach(h -> require(hypothesisIds.contains(h), step + " links unknown hypothesis '" + h + "'"));
        }
        if (r.guard() != null) {
            r.guard().hypotheses().forEach(h -> require(hypothesisIds.contains(h), where + ": guard names unknown hypothesis '" + h + "'"));
            require(r.guard().minScore() > 0 && r.guard().minScore() <= 1, where + ": guard minScore must be in (0, 1]");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new RunbookException(message);
        }
    }

    /**
     * "…: line 4, column 12: while scanning a quoted scalar; found unexpected end of stream" for a syntax error,
     * "…: at steps[0].titel: Unrecognized field "titel"" for a mapping error; never Jackson's multi-line tail.
     */
    private static String oneLine(JsonProcessingException e) {
        StreamReadException syntax = syntaxError(e);
        if (syntax != null) {
            JsonLocation loc = syntax.getLocation();
            String at = loc == null || loc.getLineNr() < 0 ? "" : ": line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            return at + ": " + essentialLines(syntax.getOriginalMessage());
        }
        // A mapping error knows the field path (steps[0].titel); the YAML parser's location is past it by then.
        String path = e instanceof JsonMappingException m ? path(m) : "";
        String msg = essentialLines(e.getOriginalMessage());
        int paren = msg.indexOf(" (class io.sightline");
        return (path.isEmpty() ? "" : ": at " + path) + ": " + (paren > 0 ? msg.substring(0, paren) : msg).trim();
    }

    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException s) {
                return s;
            }
        }
        return null;
    }

    /** The message's own lines, without the parser's "in 'reader', line …" and source-snippet lines. */
    private static String essentialLines(String message) {
        if (message == null) {
            return "unreadable";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : message.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("in 'reader'") || l.startsWith("^") || line.startsWith(" ")) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : "; ").append(l);
        }
        return sb.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** A runbook that cannot be used; the message is one line naming the file and the fault. */
    public static final class RunbookException extends RuntimeException {
        public RunbookException(String message) {
            super(message);
        }
    }
}
