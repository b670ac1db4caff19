package io.sightline.lint;

import com.zaxxer.hikari.HikariConfig;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The property names HikariCP itself accepts, read from {@link HikariConfig}'s setters exactly as
 * {@code PropertyElf.setTargetFromProperties} resolves a key ({@code "set" + capitalised key}), so the list
 * can never drift from the HikariCP version on the class path.
 */
public final class HikariKeys {
    public static final String MAXIMUM_POOL_SIZE = "maximumPoolSize";
    public static final String MINIMUM_IDLE = "minimumIdle";
    public static final String CONNECTION_TIMEOUT = "connectionTimeout";
    public static final String VALIDATION_TIMEOUT = "validationTimeout";
    public static final String IDLE_TIMEOUT = "idleTimeout";
    public static final String MAX_LIFETIME = "maxLifetime";
    public static final String KEEPALIVE_TIME = "keepaliveTime";
    public static final String LEAK_DETECTION_THRESHOLD = "leakDetectionThreshold";
    public static final String REGISTER_MBEANS = "registerMbeans";
    public static final String POOL_NAME = "poolName";
    public static final String CONNECTION_TEST_QUERY = "connectionTestQuery";
    public static final String JDBC_URL = "jdbcUrl";
    public static final String DATA_SOURCE_CLASS_NAME = "dataSourceClassName";
    public static final String DRIVER_CLASS_NAME = "driverClassName";
    public static final String DATA_SOURCE_PROPERTIES = "dataSourceProperties";
    public static final String PASSWORD = "password";

    private static final Map<String, Class<?>> TYPES = readSetters();
    private static final Map<String, String> BY_RELAXED_NAME = relaxedIndex();

    private HikariKeys() {
    }

    /** Every property name, e.g. {@code maximumPoolSize}. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(TYPES.keySet());
    }

    /** The key exactly as HikariCP's properties loader would accept it, or empty (a start-up failure). */
    public static Optional<String> exact(String key) {
        if (TYPES.containsKey(key)) {
            return Optional.of(key);
        }
        return Optional.empty();
    }

    /** Spring Boot's relaxed binding: {@code maximum-pool-size}, {@code maximum_pool_size}, {@code maximumPoolSize}. */
    public static Optional<String> relaxed(String key) {
        return Optional.ofNullable(BY_RELAXED_NAME.get(relax(key)));
    }

    /** The form Spring Boot documents: lower-case kebab, e.g. {@code maximum-pool-size}. */
    public static String kebab(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    public static String relax(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    public static boolean isDuration(String property) {
        return TYPES.get(property) == long.class;
    }

    public static boolean isInteger(String property) {
        return TYPES.get(property) == int.class;
    }

    public static boolean isBoolean(String property) {
        return TYPES.get(property) == boolean.class;
    }

    private static Map<String, Class<?>> readSetters() {
        Map<String, Class<?>> types = new TreeMap<>();
        for (Method m : HikariConfig.class.getMethods()) {
            if (m.getName().startsWith("set") && m.getName().length() > 3 && m.getParameterCount() == 1) {
                String rest = m.getName().substring(3);
                types.put(Character.toLowerCase(rest.charAt(0)) + rest.substring(1), m.getParameterTypes()[0]);
            }
        }
        return types;
    }

    private static Map<String, String> relaxedIndex() {
        Map<String, String> index = new TreeMap<>();
        TYPES.keySet().forEach(name -> index.put(relax(name), name));
        return index;
    }
}
