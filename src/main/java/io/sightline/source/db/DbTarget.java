package io.sightline.source.db;

import io.sightline.redact.Redactor;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;

/**
 * A database to watch from its own side: JDBC URL, user and password. The password lives only in memory; this
 * record's text forms never show it, and {@link #safeUrl()} masks any credential written into the URL itself.
 */
public record DbTarget(String jdbcUrl, String user, char[] password) {
    private static final Redactor REDACTOR = new Redactor();

    public DbTarget {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? new char[0] : password.clone();
        DbDialect.forUrl(jdbcUrl); // fail fast on a database we cannot read
    }

    /** The URL with credentials masked: for logs, status lines, capture metadata. */
    public String safeUrl() {
        return REDACTOR.redact(jdbcUrl);
    }

    /** The target part of series ids: {@code host:port} of a network URL, else the database kind ("h2-mem"). */
    public String seriesTarget() {
        String rest = jdbcUrl.substring("jdbc:".length());
        int slashes = rest.indexOf("//");
        if (slashes >= 0) {
            try {
                URI uri = URI.create("db:" + rest.substring(slashes).split("[;?]", 2)[0]);
                if (uri.getHost() != null) {
                    return uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
                }
            } catch (IllegalArgumentException ignored) {
                // fall through to the kind-based name
            }
        }
        String[] parts = rest.split(":");
        return parts.length > 1 ? parts[0] + "-" + parts[1].replaceAll("[^A-Za-z0-9.-]", "") : parts[0];
    }

    @Override
    public String toString() {
        return "DbTarget[" + safeUrl() + ", user=" + user + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DbTarget t && t.jdbcUrl.equals(jdbcUrl) && t.user.equals(user) && Arrays.equals(t.password, password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jdbcUrl, user);
    }
}
