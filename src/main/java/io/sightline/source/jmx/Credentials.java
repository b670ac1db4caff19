package io.sightline.source.jmx;

import java.util.Arrays;

/**
 * Secrets for one target, held in memory only and never written anywhere (DESIGN.md: never a password on disk).
 * {@link #toString()} never shows them.
 */
public final class Credentials {
    public static final Credentials NONE = new Credentials(null, null);

    private final char[] password;
    private final char[] truststorePassword;

    public Credentials(char[] password, char[] truststorePassword) {
        this.password = password == null ? null : password.clone();
        this.truststorePassword = truststorePassword == null ? null : truststorePassword.clone();
    }

    public static Credentials password(String password) {
        return new Credentials(password == null ? null : password.toCharArray(), null);
    }

    char[] password() {
        return password == null ? null : password.clone();
    }

    char[] truststorePassword() {
        return truststorePassword == null ? null : truststorePassword.clone();
    }

    boolean hasPassword() {
        return password != null;
    }

    /** Wipes the secrets held here; used when a target is removed. */
    public void clear() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        if (truststorePassword != null) {
            Arrays.fill(truststorePassword, '\0');
        }
    }

    @Override
    public String toString() {
        return "Credentials[***]";
    }
}
