package io.sightline.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pool as configured: its HikariCP settings (by canonical property name), its driver properties
 * ({@code dataSource.*}, {@code data-source-properties.*}, JDBC URL parameters), the keys that configure
 * nothing, and where it was written. Built by the readers from files, or by {@link #fromJmx} from a live pool.
 */
public final class PoolConfiguration {
    private final String label;
    private final String profile;
    private final ConfigFormat format;
    private final Location location;
    private final Map<String, Setting> settings;
    private final Map<String, Setting> driverProperties;
    private final List<StrayKey> strayKeys;

    private PoolConfiguration(Builder b) {
        this.label = b.profile == null ? b.name : b.name + " (profile " + b.profile + ")";
        this.profile = b.profile;
        this.format = b.format;
        this.location = b.location;
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(b.settings));
        this.driverProperties = Collections.unmodifiableMap(new LinkedHashMap<>(b.driverProperties));
        this.strayKeys = List.copyOf(b.strayKeys);
    }

    public static Builder builder(String name, ConfigFormat format, Location location) {
        return new Builder(name, format, location);
    }

    /**
     * A live pool's configuration from the attributes of its {@code com.zaxxer.hikari:type=PoolConfig (NAME)}
     * MBean ({@code MaximumPoolSize}, {@code MinimumIdle}, {@code ConnectionTimeout}, {@code IdleTimeout},
     * {@code MaxLifetime}, {@code LeakDetectionThreshold}, {@code ValidationTimeout}, ...). Attributes the MBean
     * does not expose stay unknown, and rules about missing settings stay silent for it.
     *
     * @param source where it came from, e.g. {@code jmx:service:jmx:rmi:///jndi/rmi://127.0.0.1:9010/jmxrmi}
     */
    public static PoolConfiguration fromJmx(String source, String poolName, Map<String, ?> attributes) {
        Builder b = builder(poolName, ConfigFormat.LIVE, new Location(source, 0, "PoolConfig (" + poolName + ")"));
        attributes.forEach((attribute, value) -> {
            String property = Character.toLowerCase(attribute.charAt(0)) + attribute.substring(1);
            if (value != null && HikariKeys.names().contains(property)) {
                b.set(property, String.valueOf(value), new Location(source, 0, attribute));
            }
        });
        b.set(HikariKeys.POOL_NAME, poolName, new Location(source, 0, "PoolName"));
        return b.build();
    }

    /** How findings name this pool, e.g. {@code spring.datasource.hikari (profile prod)}. */
    public String label() {
        return label;
    }

    /** The Spring profile this variant is for; null for the default (no profile active). */
    public String profile() {
        return profile;
    }

    public ConfigFormat format() {
        return format;
    }

    /** Where the pool starts: findings about something missing point here. */
    public Location location() {
        return location;
    }

    public Map<String, Setting> settings() {
        return settings;
    }

    public Optional<Setting> setting(String property) {
        return Optional.ofNullable(settings.get(property));
    }

    public Map<String, Setting> driverProperties() {
        return driverProperties;
    }

    public List<StrayKey> strayKeys() {
        return strayKeys;
    }

    /**
     * True when an absent setting means HikariCP's default (a file); false for a live pool, where an absent
     * attribute only means the MBean does not expose it.
     */
    public boolean complete() {
        return format != ConfigFormat.LIVE;
    }

    /** The configured number (ms for durations), when it is written, resolvable and valid. */
    public Optional<Long> number(String property) {
        return setting(property)
                .flatMap(Setting::text)
                .map(t -> SettingValues.parse(property, t, format))
                .filter(SettingValues.Parsed::ok)
                .map(SettingValues.Parsed::value);
    }

    /** The JDBC URL ({@code jdbcUrl}, or Spring's {@code url}), if written. */
    public Optional<String> jdbcUrl() {
        return setting(HikariKeys.JDBC_URL).flatMap(Setting::text);
    }

    /** Where {@code property} is written, or the pool's own location when it is not. */
    public Location locationOf(String property) {
        return setting(property).map(Setting::location).orElse(location);
    }

    /** How the user writes {@code property} in this format, e.g. {@code maximum-pool-size} in Spring. */
    public String keyFor(String property) {
        return format == ConfigFormat.SPRING ? HikariKeys.kebab(property) : property;
    }

    /** {@code property} set to {@code value} as the user would write it here: {@code key: v} in YAML, else {@code key=v}. */
    public String written(String property, Object value) {
        String file = locationOf(property).file().toLowerCase(java.util.Locale.ROOT);
        boolean yaml = file.endsWith(".yml") || file.endsWith(".yaml");
        return keyFor(property) + (yaml ? ": " : "=") + value;
    }

    public static final class Builder {
        private final String name;
        private final ConfigFormat format;
        private final Location location;
        private String profile;
        private final Map<String, Setting> settings = new LinkedHashMap<>();
        private final Map<String, Setting> driverProperties = new LinkedHashMap<>();
        private final List<StrayKey> strayKeys = new ArrayList<>();

        private Builder(String name, ConfigFormat format, Location location) {
            this.name = name;
            this.format = format;
            this.location = location;
        }

        public Builder profile(String p) {
            this.profile = p;
            return this;
        }

        public Builder set(String property, String value, Location where) {
            settings.put(property, new Setting(property, value, where));
            return this;
        }

        public Builder driverProperty(String name, String value, Location where) {
            driverProperties.put(name, new Setting(name, value, where));
            return this;
        }

        public Builder stray(StrayKey key) {
            strayKeys.add(key);
            return this;
        }

        public PoolConfiguration build() {
            return new PoolConfiguration(this);
        }
    }
}
