package io.sightline.lint.read;

/** One key/value of a configuration file, flattened to a dotted key, with the 1-based line it is written on. */
public record FlatEntry(String key, String value, int line) {
}
