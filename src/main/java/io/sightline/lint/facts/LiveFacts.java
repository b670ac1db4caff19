package io.sightline.lint.facts;

import io.sightline.lint.Facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a live database's limits, read-only: PostgreSQL from {@code pg_settings} ({@code max_connections},
 * {@code superuser_reserved_connections}, {@code reserved_connections} (16+), {@code idle_session_timeout} (14+)),
 * MySQL/MariaDB from {@code @@max_connections} and {@code @@wait_timeout}. Database cores are not visible over
 * SQL; pass {@code --db-cores}.
 */
public final class LiveFacts {
    private LiveFacts() {
    }

    public static Facts read(DbCredentials db) {
        try (Connection c = DbConnect.open(db)) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            if (product.contains("postgres")) {
                return postgres(c);
            }
            if (product.contains("mysql") || product.contains("mariadb")) {
                return mysql(c);
            }
            return Facts.none();
        } catch (SQLException e) {
            throw DbConnect.unreachable(db, e);
        }
    }

    private static Facts postgres(Connection c) throws SQLException {
        Map<String, Long> s = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, setting FROM pg_settings WHERE name IN "
                + "('max_connections','superuser_reserved_connections','reserved_connections','idle_session_timeout')");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                s.put(rs.getString(1), Long.parseLong(rs.getString(2)));
            }
        }
        int reserved = (int) (s.getOrDefault("superuser_reserved_connections", 0L) + s.getOrDefault("reserved_connections", 0L));
        List<Facts.IdleLimit> limits = new ArrayList<>();
        long idleSession = s.getOrDefault("idle_session_timeout", 0L);
        if (idleSession > 0) {
            limits.add(new Facts.IdleLimit("PostgreSQL idle_session_timeout", Duration.ofMillis(idleSession)));
        }
        Integer max = s.containsKey("max_connections") ? s.get("max_connections").intValue() : null;
        return new Facts(null, null, max, reserved, null, null, null, limits);
    }

    private static Facts mysql(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT @@max_connections, @@wait_timeout")) {
            rs.next();
            // MySQL keeps one extra connection for a SUPER/CONNECTION_ADMIN user beyond max_connections.
            return new Facts(null, null, rs.getInt(1), 0, null, null, null,
                    List.of(new Facts.IdleLimit("MySQL wait_timeout", Duration.ofSeconds(rs.getLong(2)))));
        }
    }
}
