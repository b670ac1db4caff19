package io.sightline.ui.sources;

/** Style-class names of the sources panel, shared by Java and {@code css/sources.css}. */
public final class SourcesStyles {
    public static final String STYLESHEET = "/css/sources.css";
    public static final String ROOT = "sl-sources";
    public static final String ROW_NAME = "sl-source-name";
    public static final String ROW_STATUS = "sl-source-status";
    public static final String ROW_KIND = "sl-source-kind";
    public static final String STATE_OK = "sl-source-ok";
    public static final String STATE_WARN = "sl-source-warn";
    public static final String STATE_FAILED = "sl-source-failed";
    public static final String STATE_IDLE = "sl-source-idle";
    public static final String MESSAGE = "sl-sources-message";
    /** The MBean browser window's root. */
    public static final String MBEANS = "sl-mbeans";

    private SourcesStyles() {
    }
}
