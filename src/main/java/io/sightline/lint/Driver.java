package io.sightline.lint;

import java.util.Locale;
import java.util.Optional;

/**
 * The JDBC driver a pool uses, recognised from its JDBC URL, {@code dataSourceClassName} or
 * {@code driverClassName}, with the names of its socket-timeout and TCP-keepalive properties.
 */
public enum Driver {
    POSTGRESQL("PostgreSQL", "postgresql", "socketTimeout", "seconds", "tcpKeepAlive", false),
    MYSQL("MySQL Connector/J", "mysql", "socketTimeout", "milliseconds", "tcpKeepAlive", true),
    MARIADB("MariaDB Connector/J", "mariadb", "socketTimeout", "milliseconds", "tcpKeepAlive", true),
    SQLSERVER("Microsoft SQL Server", "sqlserver", "socketTimeout", "milliseconds", null, true),
    ORACLE("Oracle", "oracle", "oracle.jdbc.ReadTimeout", "milliseconds", null, true),
    H2("H2", "h2", null, null, null, true);

    private final String product;
    private final String marker;
    private final String socketTimeoutProperty;
    private final String socketTimeoutUnit;
    private final String keepAliveProperty;
    private final boolean keepAliveByDefault;

    Driver(String product, String marker, String socketTimeoutProperty, String socketTimeoutUnit,
           String keepAliveProperty, boolean keepAliveByDefault) {
        this.product = product;
        this.marker = marker;
        this.socketTimeoutProperty = socketTimeoutProperty;
        this.socketTimeoutUnit = socketTimeoutUnit;
        this.keepAliveProperty = keepAliveProperty;
        this.keepAliveByDefault = keepAliveByDefault;
    }

    public static Optional<Driver> of(PoolConfiguration pool) {
        String hint = pool.jdbcUrl()
                .or(() -> pool.setting(HikariKeys.DATA_SOURCE_CLASS_NAME).flatMap(Setting::text))
                .or(() -> pool.setting(HikariKeys.DRIVER_CLASS_NAME).flatMap(Setting::text))
                .or(() -> Optional.ofNullable(pool.driverProperties().get("url")).flatMap(Setting::text))
                .orElse("").toLowerCase(Locale.ROOT);
        for (Driver d : values()) {
            if (hint.contains(d.marker)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * A driver property's value from {@code dataSource.*} / {@code data-source-properties.*} or from the JDBC URL's
     * parameters ({@code ?a=b&c=d} or SQL Server's {@code ;a=b}); names compare case-insensitively.
     */
    public static Optional<String> property(PoolConfiguration pool, String name) {
        for (Setting s : pool.driverProperties().values()) {
            if (s.property().equalsIgnoreCase(name)) {
                return s.text();
            }
        }
        String url = pool.jdbcUrl().orElse("");
        int start = url.indexOf('?') >= 0 ? url.indexOf('?') : url.indexOf(';');
        if (start < 0) {
            return Optional.empty();
        }
        for (String pair : url.substring(start + 1).split("[&;]")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equalsIgnoreCase(name)) {
                return Optional.of(pair.substring(eq + 1).trim());
            }
        }
        return Optional.empty();
    }

    public String product() {
        return product;
    }

    /** Null when the driver has no such property worth checking (H2 runs in-process or on loopback). */
    public String socketTimeoutProperty() {
        return socketTimeoutProperty;
    }

    public String socketTimeoutUnit() {
        return socketTimeoutUnit;
    }

    public String keepAliveProperty() {
        return keepAliveProperty;
    }

    public boolean keepAliveByDefault() {
        return keepAliveByDefault;
    }
}
