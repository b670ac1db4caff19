package io.sightline.lint.read;

import io.sightline.lint.ConfigFormat;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.Location;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.StrayKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spring Boot's view of the documents: per profile, the default documents overlaid by that profile's, then
 * every pool found in them — {@code spring.datasource} (+ {@code .hikari}), any {@code <prefix>.hikari.*}
 * (e.g. {@code app.datasource.orders.hikari}), and prefixes bound straight to a HikariDataSource
 * ({@code app.datasource.orders.maximum-pool-size}). Keys are compared with relaxed binding.
 */
final class SpringInterpreter {
    private static final String HIKARI = "hikari";
    /** Keys of Spring Boot's {@code DataSourceProperties} (relaxed): legitimate directly under spring.datasource. */
    private static final Set<String> DATA_SOURCE_KEYS = Set.of("url", "username", "password", "driverclassname",
            "type", "name", "generateuniquename", "jndiname", "embeddeddatabaseconnection", "xa", "hikari", "tomcat",
            "dbcp2", "oracleucp", "schema", "data", "initializationmode", "continueonerror", "platform", "separator",
            "sqlscriptencoding", "schemausername", "schemapassword", "datausername", "datapassword");
    /** Keys that only a connection pool has: their parent is a pool bound directly to a HikariDataSource. */
    private static final Set<String> POOL_INDICATORS = Set.of("jdbcurl", "maximumpoolsize", "minimumidle", "poolname",
            "leakdetectionthreshold");

    /** An entry with the file it came from and its key split into segments. */
    private record Sourced(FlatEntry entry, String file, List<String> segments) {
        String relaxed(int i) {
            return HikariKeys.relax(segments.get(i));
        }

        Location location() {
            return new Location(file, entry.line(), entry.key());
        }
    }

    private record PoolPrefix(List<String> segments, boolean nested) {
        String relaxedKey() {
            return String.join(".", segments.stream().map(HikariKeys::relax).toList());
        }

        String name() {
            return String.join(".", segments) + (nested ? "." + HIKARI : "");
        }
    }

    private SpringInterpreter() {
    }

    static List<PoolConfiguration> interpret(List<FlatDocument> docs) {
        List<PoolConfiguration> pools = new ArrayList<>(poolsOf(merged(docs, null), null));
        Set<String> profiles = new LinkedHashSet<>();
        docs.stream().map(FlatDocument::profile).filter(p -> p != null && !p.isBlank()).forEach(profiles::add);
        for (String profile : profiles) {
            pools.addAll(poolsOf(merged(docs, profile), profile));
        }
        return pools;
    }

    /** The default documents, then (when {@code profile} is given) that profile's, later keys winning. */
    private static List<Sourced> merged(List<FlatDocument> docs, String profile) {
        Map<String, Sourced> byKey = new LinkedHashMap<>();
        for (FlatDocument doc : docs) {
            boolean applies = doc.profile() == null || doc.profile().isBlank() || doc.profile().equals(profile);
            if (applies) {
                for (FlatEntry e : doc.entries()) {
                    List<String> segments = segments(e.key());
                    byKey.put(String.join(".", segments.stream().map(HikariKeys::relax).toList()),
                            new Sourced(e, doc.file(), segments));
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static List<PoolConfiguration> poolsOf(List<Sourced> entries, String profile) {
        Map<String, PoolPrefix> prefixes = new LinkedHashMap<>();
        entries.forEach(e -> prefixOf(e).ifPresent(p -> prefixes.putIfAbsent(p.relaxedKey(), p)));
        Map<String, List<Sourced>> members = new LinkedHashMap<>();
        for (Sourced e : entries) {
            longestPrefix(e, prefixes.values())
                    .ifPresent(p -> members.computeIfAbsent(p.relaxedKey(), k -> new ArrayList<>()).add(e));
        }
        List<PoolConfiguration> pools = new ArrayList<>();
        members.forEach((key, list) -> pools.add(build(prefixes.get(key), list, profile)));
        return pools;
    }

    private static Optional<PoolPrefix> prefixOf(Sourced e) {
        List<String> s = e.segments();
        if (s.size() >= 2 && e.relaxed(0).equals("spring") && e.relaxed(1).equals("datasource")) {
            return Optional.of(new PoolPrefix(s.subList(0, 2), true));
        }
        for (int i = 1; i < s.size(); i++) {
            if (e.relaxed(i).equals(HIKARI)) {
                return Optional.of(new PoolPrefix(s.subList(0, i), true));
            }
        }
        if (s.size() >= 2 && POOL_INDICATORS.contains(e.relaxed(s.size() - 1)) && !e.relaxed(0).equals("spring")) {
            return Optional.of(new PoolPrefix(s.subList(0, s.size() - 1), false));
        }
        return Optional.empty();
    }

    private static Optional<PoolPrefix> longestPrefix(Sourced e, Iterable<PoolPrefix> prefixes) {
        PoolPrefix best = null;
        for (PoolPrefix p : prefixes) {
            if (startsWith(e, p) && (best == null || p.segments().size() > best.segments().size())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean startsWith(Sourced e, PoolPrefix p) {
        if (e.segments().size() <= p.segments().size()) {
            return false;
        }
        for (int i = 0; i < p.segments().size(); i++) {
            if (!e.relaxed(i).equals(HikariKeys.relax(p.segments().get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static PoolConfiguration build(PoolPrefix prefix, List<Sourced> entries, String profile) {
        Sourced first = entries.get(0);
        PoolConfiguration.Builder b = PoolConfiguration.builder(prefix.name(), ConfigFormat.SPRING,
                new Location(first.file(), first.entry().line(), prefix.name())).profile(profile);
        PoolEntries.Context ctx = new PoolEntries.Context(b, String.join(".", prefix.segments()), prefix.nested());
        entries.forEach(e -> PoolEntries.assign(ctx, e.segments().subList(prefix.segments().size(), e.segments().size()),
                e.entry().value(), e.location()));
        ctx.applyAliases();
        return b.build();
    }

    /** {@code a.b[0]} and {@code props.[socketTimeout]} as segments {@code a, b, 0} and {@code props, socketTimeout}. */
    static List<String> segments(String key) {
        String dotted = key.replace("[", ".").replace("]", "");
        return Arrays.stream(dotted.split("\\.")).filter(s -> !s.isEmpty()).toList();
    }

    static boolean isDataSourceKey(String relaxed) {
        return DATA_SOURCE_KEYS.contains(relaxed);
    }
}
