package io.sightline.ui;

import javafx.scene.Scene;

/** Dark (default) or light; switching swaps only the variables stylesheet, feature sheets stay. */
public enum Theme {
    DARK(Styles.DARK_THEME), LIGHT(Styles.LIGHT_THEME);

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    /** Puts this theme's variables first on the scene, replacing the other theme's. */
    public void applyTo(Scene scene) {
        String url = Theme.class.getResource(stylesheet).toExternalForm();
        String otherUrl = Theme.class.getResource(other().stylesheet).toExternalForm();
        scene.getStylesheets().remove(otherUrl);
        if (!scene.getStylesheets().contains(url)) {
            scene.getStylesheets().add(0, url);
        }
        // Canvas-drawn parts (the charts) read their colours from a style class on an ancestor, not from CSS lookups.
        scene.getRoot().getStyleClass().remove(LIGHT_CLASS);
        if (this == LIGHT) {
            scene.getRoot().getStyleClass().add(LIGHT_CLASS);
        }
    }

    /** The style class the light theme puts on the scene's root. */
    public static final String LIGHT_CLASS = "light";
}
