package io.sightline.source.jmx;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * What a user saved about one JMX target: how to reach it, never a password. Saved as JSON in the workspace
 * ({@link SavedTargets}); the password lives only in memory ({@link Credentials}).
 *
 * @param name       the series target name ({@code jmx/<name>/...}); letters, digits, {@code . _ - :} only
 * @param address    {@code host:port}, a full {@code service:jmx:...} URL, or {@code pid:<n>} for a local JVM
 * @param user       JMX user, or null for an unauthenticated target
 * @param tls        whether the target's JMX connector and registry use TLS
 * @param truststore path of a truststore (PKCS12/JKS) that trusts the target's certificate, or null for the JDK's
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetSpec(String name, String address, String user, boolean tls, String truststore) {
    public TargetSpec {
        Objects.requireNonNull(address, "address");
        name = name == null || name.isBlank() ? defaultName(address) : sanitize(name);
        user = user == null || user.isBlank() ? null : user;
        truststore = truststore == null || truststore.isBlank() ? null : truststore;
    }

    public static TargetSpec of(String address) {
        return new TargetSpec(null, address, null, false, null);
    }

    public static TargetSpec local(long pid, String name) {
        return new TargetSpec(name, "pid:" + pid, null, false, null);
    }

    @JsonIgnore
    public boolean isLocal() {
        return address.startsWith("pid:");
    }

    @JsonIgnore
    public long pid() {
        return Long.parseLong(address.substring(4));
    }

    public TargetSpec withName(String newName) {
        return new TargetSpec(newName, address, user, tls, truststore);
    }

    /** Makes any text safe as the target part of a series id (no '/', '{', '}', ',' or '='). */
    public static String sanitize(String text) {
        String s = text.trim().replaceAll("[^A-Za-z0-9._:\\-]+", "_");
        return s.isEmpty() ? "target" : s;
    }

    private static String defaultName(String address) {
        String a = address.trim();
        int jndi = a.indexOf("/jndi/rmi://");
        if (jndi >= 0) {
            String rest = a.substring(jndi + "/jndi/rmi://".length());
            int slash = rest.indexOf('/');
            a = slash >= 0 ? rest.substring(0, slash) : rest;
        }
        return sanitize(a.replace("pid:", "pid-"));
    }
}
