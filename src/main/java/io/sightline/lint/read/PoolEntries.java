package io.sightline.lint.read;

import io.sightline.lint.HikariKeys;
import io.sightline.lint.Location;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.StrayKey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sorts one Spring pool's keys into HikariCP settings, driver properties, aliases and keys that do nothing. */
final class PoolEntries {
    private static final Map<String, String> ALIASES = Map.of("url", HikariKeys.JDBC_URL, "username", "username",
            "password", HikariKeys.PASSWORD, "driverclassname", HikariKeys.DRIVER_CLASS_NAME);

    /** The pool being built, and the DataSourceProperties-style aliases seen, applied last so hikari.* wins. */
    static final class Context {
        final PoolConfiguration.Builder builder;
        final String prefix;
        final boolean nested;
        final Map<String, String> seen = new LinkedHashMap<>();
        final Map<String, String[]> aliases = new LinkedHashMap<>();
        final Map<String, Location> aliasLocations = new LinkedHashMap<>();

        Context(PoolConfiguration.Builder builder, String prefix, boolean nested) {
            this.builder = builder;
            this.prefix = prefix;
            this.nested = nested;
        }

        String hikariPrefix() {
            return nested ? prefix + ".hikari" : prefix;
        }

        void set(String property, String value, Location where) {
            builder.set(property, value, where);
            seen.put(property, value);
        }

        void applyAliases() {
            aliases.forEach((property, value) -> {
                if (!seen.containsKey(property)) {
                    builder.set(property, value[0], aliasLocations.get(property));
                }
            });
        }
    }

    private PoolEntries() {
    }

    static void assign(Context ctx, List<String> rel, String value, Location where) {
        String head = HikariKeys.relax(rel.get(0));
        if (ctx.nested && head.equals("hikari")) {
            if (rel.size() > 1) {
                hikariKey(ctx, rel.subList(1, rel.size()), value, where);
            }
        } else if (head.equals("datasourceproperties") && !ctx.nested && rel.size() > 1) {
            ctx.builder.driverProperty(String.join(".", rel.subList(1, rel.size())), value, where);
        } else if (rel.size() == 1) {
            topLevelKey(ctx, rel.get(0), value, where);
        }
    }

    private static void hikariKey(Context ctx, List<String> rel, String value, Location where) {
        String head = HikariKeys.relax(rel.get(0));
        if (head.equals("datasourceproperties") && rel.size() > 1) {
            ctx.builder.driverProperty(String.join(".", rel.subList(1, rel.size())), value, where);
        } else if (head.equals("healthcheckproperties")) {
            return;
        } else if (rel.size() == 1 && HikariKeys.relaxed(rel.get(0)).isPresent()) {
            ctx.set(HikariKeys.relaxed(rel.get(0)).get(), value, where);
        } else {
            ctx.builder.stray(new StrayKey(where, String.join(".", rel), ctx.hikariPrefix(), false, ctx.hikariPrefix()));
        }
    }

    /** A key directly under the prefix: a DataSourceProperties key, a pool key (direct binding) or a stray. */
    private static void topLevelKey(Context ctx, String key, String value, Location where) {
        String relaxed = HikariKeys.relax(key);
        String alias = ALIASES.get(relaxed);
        Optional<String> property = HikariKeys.relaxed(key);
        if (alias != null) {
            ctx.aliases.put(alias, new String[] {value});
            ctx.aliasLocations.put(alias, where);
        } else if (!ctx.nested && property.isPresent()) {
            ctx.set(property.get(), value, where);
        } else if (ctx.nested && property.isPresent() && !SpringInterpreter.isDataSourceKey(relaxed)) {
            ctx.builder.stray(new StrayKey(where, key, ctx.prefix, true, ctx.hikariPrefix()));
        } else if (!ctx.nested || ctx.prefix.equalsIgnoreCase("spring.datasource") && !SpringInterpreter.isDataSourceKey(relaxed)) {
            ctx.builder.stray(new StrayKey(where, key, ctx.prefix, false, ctx.hikariPrefix()));
        }
    }
}
