package io.sightline.lint.facts;

import java.util.Optional;

/**
 * A database to connect to. The password comes from {@code --db-password} or the {@code SIGHTLINE_DB_PASSWORD}
 * environment variable (or sits in the URL); it is never printed: {@link #toString()} redacts.
 */
public record DbCredentials(String url, String userOrNull, String passwordOrNull) {
    public static final String PASSWORD_ENV = "SIGHTLINE_DB_PASSWORD";

    public static DbCredentials of(String url, String user, String password) {
        String pw = password != null ? password : System.getenv(PASSWORD_ENV);
        return new DbCredentials(url, user, pw);
    }

    public Optional<String> user() {
        return Optional.ofNullable(userOrNull).filter(s -> !s.isEmpty());
    }

    public Optional<String> password() {
        return Optional.ofNullable(passwordOrNull).filter(s -> !s.isEmpty());
    }

    @Override
    public String toString() {
        return "DbCredentials[" + JdbcUrls.redact(url) + ", user=" + userOrNull + "]";
    }
}
