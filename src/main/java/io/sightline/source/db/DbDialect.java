package io.sightline.source.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** How one kind of database reports its sessions. Read-only: only SELECTs on the server's own views. */
interface DbDialect {
    /** A short name for texts: "H2", "PostgreSQL". */
    String product();

    /** One row of aggregates over the server's session views, the monitoring session excluded. */
    String sql();

    /** The row of {@link #sql()} as a snapshot. */
    DbActivity map(ResultSet row) throws SQLException;

    /** One snapshot of the server's sessions, bounded by {@code timeoutSeconds} where the driver supports it. */
    default DbActivity read(Connection connection, int timeoutSeconds) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.setQueryTimeout(timeoutSeconds);
            try (ResultSet rs = st.executeQuery(sql())) {
                rs.next();
                return map(rs);
            }
        }
    }

    /** The dialect for a JDBC URL, or an exception naming what is supported. */
    static DbDialect forUrl(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return new H2Dialect();
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        throw new IllegalArgumentException("unsupported database (supported: jdbc:h2:..., jdbc:postgresql:...)");
    }
}
