package io.sightline.lint.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens YAML (every document of a multi-document file) and JSON to dotted keys, keeping each key's line
 * from Jackson's token locations, so a finding can point at the exact line of {@code application.yml}.
 */
final class TreeFlattener {
    private TreeFlattener() {
    }

    static List<FlatDocument> flatten(Path file, String displayName, JsonFactory factory) throws ConfigReadException, IOException {
        String fileProfile = Profiles.ofFile(file);
        List<FlatDocument> docs = new ArrayList<>();
        try (JsonParser p = factory.createParser(file.toFile())) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                List<FlatEntry> entries = new ArrayList<>();
                if (t == JsonToken.START_OBJECT) {
                    readObject(p, "", entries);
                } else if (t != JsonToken.VALUE_NULL) {
                    throw new ConfigReadException(displayName, line(p), "expected a mapping of keys to values at the top");
                }
                docs.add(Profiles.document(displayName, fileProfile, entries));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigReadException(displayName, line, "not valid " + factory.getFormatName() + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("parse error"));
        }
        return docs;
    }

    private static void readObject(JsonParser p, String prefix, List<FlatEntry> out) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix.isEmpty() ? p.currentName() : prefix + "." + p.currentName();
            int line = line(p);
            p.nextToken();
            readValue(p, key, line, out);
        }
    }

    private static void readValue(JsonParser p, String key, int line, List<FlatEntry> out) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> readObject(p, key, out);
            case START_ARRAY -> {
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    readValue(p, key + "[" + index++ + "]", line(p), out);
                }
            }
            case VALUE_NULL -> out.add(new FlatEntry(key, "", line));
            default -> out.add(new FlatEntry(key, p.getText(), line));
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
