package io.sightline.lint;

/**
 * Where a setting was written: a file (or a live source such as {@code jmx:shop-1}), a 1-based line (0 when
 * unknown) and the key exactly as the user wrote it.
 */
public record Location(String file, int line, String key) {
    public Location {
        file = file == null ? "" : file;
        key = key == null ? "" : key;
    }

    public String render() {
        return line > 0 ? file + ":" + line : file;
    }
}
