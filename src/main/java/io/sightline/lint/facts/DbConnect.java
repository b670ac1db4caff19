package io.sightline.lint.facts;

import io.sightline.cli.UserInputException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A read-only connection for reading the database's limits, with a bounded connect time, and errors that
 * name the (redacted) URL on one line.
 */
public final class DbConnect {
    private DbConnect() {
    }

    public static Connection open(DbCredentials db) {
        Properties props = new Properties();
        db.user().ifPresent(u -> props.setProperty("user", u));
        db.password().ifPresent(p -> props.setProperty("password", p));
        if (db.url().startsWith("jdbc:postgresql:")) {
            props.putIfAbsent("connectTimeout", "10");
            props.putIfAbsent("socketTimeout", "30");
            props.putIfAbsent("ApplicationName", "sightline lint");
        }
        try {
            Connection c = DriverManager.getConnection(db.url(), props);
            c.setReadOnly(true);
            return c;
        } catch (SQLException e) {
            throw unreachable(db, e);
        }
    }

    public static UserInputException unreachable(DbCredentials db, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new UserInputException("cannot connect to " + JdbcUrls.redact(db.url()) + ": "
                + JdbcUrls.scrub(reason, db.url(), db.password().orElse(null)));
    }
}
