package io.sightline.checklist;

import io.sightline.cli.SightlineCommand;
import io.sightline.cli.UserInputException;
import io.sightline.checklist.runbook.ChecklistSession;
import io.sightline.checklist.runbook.RunbookLoader;
import io.sightline.checklist.runbook.StepStatus;
import io.sightline.series.SeriesStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code sightline diagnose FILE [--json]}: the checklist engine over a capture, headless. Replays the capture as the
 * live console would have seen it, so "top since" is when a responder would have had the answer, then shows the
 * database-first runbook's steps as they stand at the end (with the responder's marks recorded in the capture).
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = "Ranks the likely causes of the incident in a capture, database first, with the evidence for each.")
public final class DiagnoseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A capture file written by 'sightline record' or the GUI.")
    Path file;

    @Option(names = "--json", description = "Print JSON: {\"hypotheses\":[{\"id\",\"score\",\"evidence\":[...]}...], \"topSince\": <epoch ms>}.")
    boolean json;

    @Option(names = "--step", paramLabel = "D", defaultValue = "5s",
            description = "Replay step: how often the engine is evaluated along the capture (default: ${DEFAULT-VALUE}).")
    java.time.Duration step;

    @Option(names = "--at", paramLabel = "D",
            description = "Diagnose at this offset from the capture's start, e.g. 150s, as a responder watching live "
                    + "would have seen it then (default: the end of the capture, which may be after the recovery).")
    java.time.Duration at;

    @Spec
    CommandSpec spec;

    private final Optional<CaptureLoader> loader;

    /** With the capture reader this build registers (none yet: then diagnose says so and exits 2). */
    public DiagnoseCommand() {
        this(CaptureLoader.installed());
    }

    public DiagnoseCommand(CaptureLoader loader) {
        this(Optional.of(loader));
    }

    private DiagnoseCommand(Optional<CaptureLoader> loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such capture file");
        }
        if (step.isNegative() || step.isZero()) {
            throw new UserInputException("--step must be positive, got " + step);
        }
        CaptureLoader reader = loader.orElseThrow(() -> new UserInputException(
                file + ": cannot read captures: this build has no capture reader"));
        SeriesStore store = load(reader);
        long[] range = Replay.timeRange(store);
        if (range == null) {
            throw new UserInputException(file + ": the capture holds no samples and no events");
        }
        if (at != null && (at.isNegative() || range[0] + at.toMillis() > range[1])) {
            throw new UserInputException("--at " + at.toSeconds() + "s is outside the capture (0s to "
                    + (range[1] - range[0]) / 1000 + "s)");
        }
        DiagnosisEngine engine = new DiagnosisEngine();
        Diagnosis d = at == null ? Replay.diagnose(store, engine, step.toMillis())
                : Replay.diagnoseAt(store, engine, step.toMillis(), range[0] + at.toMillis());
        ChecklistSession session = new ChecklistSession(RunbookLoader.forEngine(engine).builtIn(), store, Clock.systemUTC());
        List<StepStatus> steps = session.statuses(d);
        spec.commandLine().getOut().print(json ? DiagnosisJson.write(d, steps) + System.lineSeparator()
                : DiagnosisText.render(d, range[0]) + DiagnosisText.render(steps));
        spec.commandLine().getOut().flush();
        return SightlineCommand.EXIT_OK;
    }

    private SeriesStore load(CaptureLoader reader) {
        try {
            return reader.load(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserInputException(file + ": " + e.getMessage(), e);
        }
    }
}
