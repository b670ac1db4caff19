package io.sightline.ui.pools;

/** Style-class names of the pools view, shared with {@code css/pools.css}. */
public final class PoolsStyles {
    public static final String STYLESHEET = "/css/pools.css";
    public static final String ROOT = "sl-pools";
    public static final String TABLE = "sl-pools-table";
    public static final String SATURATED = "sl-pools-saturated";
    public static final String NUMBER = "sl-pools-number";
    public static final String ERROR = "sl-pools-error";
    public static final String WARNING = "sl-pools-warning";
    public static final String INFO = "sl-pools-info";
    public static final String CLEAN = "sl-pools-clean";
    public static final String FINDINGS = "sl-pools-findings";
    public static final String FINDING_HEAD = "sl-pools-finding-head";
    public static final String FINDING_TEXT = "sl-pools-finding-text";
    public static final String FINDING_FIX = "sl-pools-finding-fix";
    public static final String LIMITS = "sl-pools-limits";
    public static final String MESSAGE = "sl-pools-message";

    private PoolsStyles() {
    }

    /** The style class colouring a severity. */
    static String of(io.sightline.lint.LintSeverity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> INFO;
        };
    }
}
