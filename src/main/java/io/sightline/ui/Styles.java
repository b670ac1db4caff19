package io.sightline.ui;

/** Style-class names shared between Java and the stylesheets in {@code css/}. */
public final class Styles {
    public static final String DARK_THEME = "/css/theme-dark.css";
    public static final String LIGHT_THEME = "/css/theme-light.css";
    public static final String MAIN = "/css/main.css";

    public static final String PLACEHOLDER = "sl-placeholder";
    public static final String INCIDENT_LIVE = "sl-incident-live";
    public static final String RECORDING_ON = "sl-recording-on";
    public static final String POOL_TILE = "sl-pool-tile";
    public static final String POOL_TILE_VALUE = "sl-pool-tile-value";
    public static final String POOL_TILE_LABEL = "sl-pool-tile-label";
    public static final String POOL_SATURATED = "sl-pool-saturated";

    private Styles() {
    }
}
