package io.sightline.lint.read;

import java.util.List;

/**
 * One document of a configuration file (a YAML file may hold several, separated by {@code ---}; a Spring
 * properties file by {@code #---}), flattened, with the Spring profile it is active for (null: always).
 */
public record FlatDocument(String file, String profile, List<FlatEntry> entries) {
    public FlatDocument {
        entries = List.copyOf(entries);
    }
}
