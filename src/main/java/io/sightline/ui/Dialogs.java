package io.sightline.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Dialogs and secondary windows in the theme of the window they belong to. Without this they open in JavaFX's
 * default light look over a dark console, and float unowned behind it.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** Owns {@code dialog} by {@code from}'s window and gives it that window's theme; returns it for chaining. */
    public static <D extends Dialog<?>> D ownedBy(D dialog, Node from) {
        return ownedBy(dialog, from == null || from.getScene() == null ? null : from.getScene().getWindow());
    }

    /** As {@link #ownedBy(Dialog, Node)}, for a caller that holds the window. */
    public static <D extends Dialog<?>> D ownedBy(D dialog, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        return dialog;
    }

    /** Gives {@code scene} (a window of its own) the theme of {@code owner}'s scene. */
    public static void themeLike(Scene scene, Window owner) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        if (owner.getScene().getRoot().getStyleClass().contains(Theme.LIGHT_CLASS)) {
            scene.getRoot().getStyleClass().add(Theme.LIGHT_CLASS);
        }
    }
}
