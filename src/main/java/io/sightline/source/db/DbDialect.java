package io.sightline.source.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** How one kind of database reports its sessions. Read-only: only SELECTs on the server's own views. */
interface DbDialect {
    /** A short name for texts: "H2", "PostgreSQL". */
    String product();

    /** One snapshot of the server's sessions, without the monitoring session. */
    DbActivity read(Connection connection, int timeoutSeconds) throws SQLException;

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
