package io.sightline;

/** Kept apart from {@link Main} so the JavaFX classes are loaded only when the GUI is really opened. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch() {
        javafx.application.Application.launch(io.sightline.ui.SightlineApp.class);
    }
}
