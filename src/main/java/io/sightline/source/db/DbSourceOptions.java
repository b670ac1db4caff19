package io.sightline.source.db;

import io.sightline.cli.UserInputException;
import picocli.CommandLine.Option;

import java.util.Optional;

/**
 * The {@code --db-url/--db-user/--db-password} options of commands that watch a database from its own side. The
 * password comes from the option's value, else from {@value #PASSWORD_ENV}, else (for {@code --db-password} given
 * without a value) from a prompt that does not echo; it is never written anywhere.
 */
public final class DbSourceOptions {
    public static final String PASSWORD_ENV = io.sightline.lint.facts.DbCredentials.PASSWORD_ENV;

    @Option(names = {"--jdbc-url", "--db-url"}, paramLabel = "JDBC_URL",
            description = "Also record the database's own view of its sessions (H2 or PostgreSQL), e.g. jdbc:postgresql://127.0.0.1:5432/shop.")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user for --db-url (PostgreSQL: a member of pg_monitor sees every session).")
    String user;

    @Option(names = "--db-password", arity = "0..1", interactive = true, paramLabel = "PASSWORD", prompt = "Database password: ",
            description = "Password for --db-user; without a value it is prompted for (not echoed). Default: $" + PASSWORD_ENV + ".")
    char[] password;

    /** The database to watch, if {@code --db-url} was given; a one-line error for an unusable URL. */
    public Optional<DbTarget> target() {
        if (url == null) {
            if (user != null || password != null) {
                throw new UserInputException("--db-user/--db-password need --db-url");
            }
            return Optional.empty();
        }
        char[] pw = password;
        if (pw == null) {
            String env = System.getenv(PASSWORD_ENV);
            pw = env == null ? new char[0] : env.toCharArray();
        }
        try {
            return Optional.of(new DbTarget(url, user, pw));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--db-url " + new io.sightline.redact.Redactor().redact(url) + ": " + e.getMessage());
        }
    }
}
