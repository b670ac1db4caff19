package io.sightline.source.db;

import io.sightline.redact.Redactor;

import java.sql.SQLException;

/** One line saying why the database could not be read, with any credential the driver echoed masked. */
final class DbProblems {
    private static final Redactor REDACTOR = new Redactor();
    /** H2 reports refused and broken connections alike with its own state, not the SQL standard's class 08. */
    private static final String H2_CONNECTION_BROKEN = "90067";

    private DbProblems() {
    }

    static String describe(Throwable t) {
        if (t instanceof SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("28")) {
                return "wrong user or password (" + firstLine(e.getMessage()) + ")";
            }
            if (state.startsWith("08") || H2_CONNECTION_BROKEN.equals(state)) {
                return "cannot connect or connection lost (" + firstLine(e.getMessage()) + ")";
            }
            if (state.startsWith("42")) {
                return "cannot read the session views; does the user have the rights? (" + firstLine(e.getMessage()) + ")";
            }
            return firstLine(e.getMessage()) + (state.isEmpty() ? "" : " [SQLState " + state + "]");
        }
        return t.getClass().getSimpleName() + ": " + firstLine(t.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return REDACTOR.redact(line.length() > 200 ? line.substring(0, 197) + "..." : line);
    }
}
