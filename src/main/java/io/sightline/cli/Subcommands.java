package io.sightline.cli;

import java.util.List;

/**
 * Every subcommand of {@code sightline}, in the order {@code --help} lists them. Each capability adds its
 * command here; every command class uses {@code mixinStandardHelpOptions = true} and
 * {@code versionProvider = SightlineCommand.VersionProvider.class}.
 */
final class Subcommands {
    private Subcommands() {
    }

    static List<Object> all() {
        return List.of(
                new io.sightline.demo.DemoCommand(),
                new io.sightline.source.jmx.PoolsCommand());
    }
}
