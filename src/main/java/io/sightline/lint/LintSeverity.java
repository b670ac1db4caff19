package io.sightline.lint;

/** How bad a finding is. {@link #ERROR} fails the deploy (exit 1); warnings and infos are advice. */
public enum LintSeverity {
    ERROR("error"), WARNING("warning"), INFO("note");

    private final String sarifLevel;

    LintSeverity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    /** The SARIF 2.1.0 {@code level} for this severity. */
    public String sarifLevel() {
        return sarifLevel;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
