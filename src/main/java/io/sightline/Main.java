package io.sightline;

import io.sightline.cli.SightlineCommand;

/**
 * Entry point of {@code java -jar sightline.jar}.
 *
 * <p>This class must not extend {@code javafx.application.Application}: a shaded jar whose main class does
 * cannot start JavaFX from the class path. With no argument it opens the GUI; with any argument it runs the
 * command line, which never loads a JavaFX class, so subcommands work on servers with no display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            GuiLauncher.launch();
            return;
        }
        System.exit(SightlineCommand.execute(args));
    }
}
