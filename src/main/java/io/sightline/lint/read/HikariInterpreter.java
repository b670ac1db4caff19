package io.sightline.lint.read;

import io.sightline.lint.ConfigFormat;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.Location;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.StrayKey;

import java.nio.file.Path;
import java.util.List;

/**
 * A file loaded by HikariCP itself ({@code new HikariConfig("pool.properties")} or the same keys in JSON): every
 * key must be a HikariConfig property, except {@code dataSource.*}, which goes to the driver's DataSource.
 */
final class HikariInterpreter {
    private static final String DATA_SOURCE_PREFIX = "dataSource.";
    private static final String JSON_DATA_SOURCE_PREFIX = "dataSourceProperties.";

    private HikariInterpreter() {
    }

    static PoolConfiguration interpret(Path file, List<FlatDocument> docs, ConfigFormat format) {
        String name = docs.isEmpty() ? file.toString() : docs.get(0).file();
        List<FlatEntry> entries = docs.stream().flatMap(d -> d.entries().stream()).toList();
        int firstLine = entries.stream().mapToInt(FlatEntry::line).min().orElse(1);
        PoolConfiguration.Builder b = PoolConfiguration.builder(file.getFileName().toString(), format,
                new Location(name, firstLine, ""));
        for (FlatEntry e : entries) {
            Location where = new Location(name, e.line(), e.key());
            if (e.key().startsWith(DATA_SOURCE_PREFIX)) {
                b.driverProperty(e.key().substring(DATA_SOURCE_PREFIX.length()), e.value(), where);
            } else if (format == ConfigFormat.JSON && e.key().startsWith(JSON_DATA_SOURCE_PREFIX)) {
                b.driverProperty(e.key().substring(JSON_DATA_SOURCE_PREFIX.length()), e.value(), where);
            } else if (HikariKeys.exact(e.key()).isPresent()) {
                b.set(e.key(), e.value(), where);
            } else {
                b.stray(new StrayKey(where, e.key(), "", false, ""));
            }
        }
        return b.build();
    }
}
