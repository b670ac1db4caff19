package io.sightline.report;

import io.sightline.checklist.CaptureLoader;
import io.sightline.cli.SightlineCommand;
import io.sightline.cli.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sightline postmortem FILE --out REPORT.md}: drafts the postmortem, Markdown plus PNG charts beside it. */
@Command(name = "postmortem", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = "Drafts the postmortem of the incident in a capture: Markdown plus PNG charts beside it.")
public final class PostmortemCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A capture file written by 'sightline record' or the GUI.")
    Path file;

    @Option(names = "--out", paramLabel = "REPORT.md", required = true, description = "Where to write the Markdown report.")
    Path out;

    @Option(names = "--pool-config", paramLabel = "FILE", description = "The team's pool configuration (HikariCP "
            + "properties, Spring application.yml/.properties, JSON) to lint against the load the capture measured; "
            + "its findings join the corrective actions. Repeatable.")
    List<Path> poolConfigs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final CaptureLoader loader;

    public PostmortemCommand(CaptureLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        Postmortem.Draft draft;
        try {
            draft = new Postmortem(loader).write(file, out, poolConfigs);
        } catch (PostmortemException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        spec.commandLine().getOut().println("wrote " + draft.report() + " and " + draft.charts().size() + " charts beside it");
        return SightlineCommand.EXIT_OK;
    }
}
