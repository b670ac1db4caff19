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
                new io.sightline.source.jmx.PoolsCommand(),
                new io.sightline.source.log.LogsCommand(),
                new io.sightline.capture.RecordCommand(),
                new io.sightline.checklist.DiagnoseCommand(CaptureStores::load),
                new io.sightline.report.PostmortemCommand(CaptureStores::load),
                new io.sightline.lint.LintCommand(),
                new io.sightline.lint.PoolTestCommand(),
                new BenchCommand());
    }
}
