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
    }
}
