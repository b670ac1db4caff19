package io.sightline.session;

import io.sightline.AppContext;
import io.sightline.Version;
import io.sightline.capture.CaptureFiles;
import io.sightline.capture.CaptureMetadata;
import io.sightline.capture.CaptureReader;
import io.sightline.capture.CaptureWriter;
import io.sightline.checklist.DiagnosisEngine;
import io.sightline.concurrent.SafeRunnable;
import io.sightline.checklist.LiveChecklist;
import io.sightline.checklist.runbook.ChecklistSession;
import io.sightline.checklist.runbook.RunbookLoader;
import io.sightline.demo.DemoLauncher;
import io.sightline.demo.DemoOptions;
import io.sightline.demo.RunningDemo;
import io.sightline.demo.scenario.ScenarioLoader;
import io.sightline.source.db.DbSource;
import io.sightline.source.db.DbTarget;
import io.sightline.source.jmx.Credentials;
import io.sightline.source.jmx.PollContext;
import io.sightline.source.jmx.SavedTargets;
import io.sightline.source.jmx.SavedWatches;
import io.sightline.source.jmx.TargetRegistry;
import io.sightline.source.jmx.TargetSpec;
import io.sightline.concurrent.Backoff;
import io.sightline.source.log.CommandSource;
import io.sightline.source.log.FileTailSource;
import io.sightline.source.log.LiveLines;
import io.sightline.source.log.LogFollower;
import io.sightline.source.log.LogOptions;
import io.sightline.source.log.LogSource;
import io.sightline.source.log.LogSourceFactories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;

/**
 * One investigation as the console runs it, with no JavaFX: the JMX targets, the followed logs, the live
 * checklist and the always-on recording, all feeding one {@link io.sightline.series.SeriesStore}. The GUI is a
 * view of this; everything slow (starting the demo, connecting) runs on the session's own background pool.
 */
public final class IncidentSession implements AutoCloseable, LogFollower {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentSession.class);
    public static final String DEMO_TARGET = "demo";
    /**
     * Lines the log pane keeps from all followed logs together (~200 bytes each, ~20 MB); older ones are dropped.
     * The list's skin works in proportion to its rows on every batch: at 200,000 a line took up to 130 ms to show
     * at 50,000 lines/s, at 100,000 under 100 ms (docs/benchmarks.md, "Logs").
     */
    public static final int LIVE_LINES = 100_000;

    private final AppContext context;
    private final TargetRegistry targets;
    private final LiveChecklist checklist;
    private final ExecutorService background;
    private final List<LogSource> logs = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> logNames = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final LiveLines liveLines = new LiveLines(LIVE_LINES);
    private final List<DbSource> databases = new CopyOnWriteArrayList<>();
    private volatile RunningDemo demo;
    private volatile CaptureWriter recording;

    public IncidentSession(AppContext context) {
        this.context = context;
        this.background = context.lifecycle().newCachedPool("session");
        this.targets = context.lifecycle().own(new TargetRegistry(new SavedTargets(context.workspace()),
                new SavedWatches(context.workspace()),
                new PollContext(context.store(), context.clock(), context.lifecycle())));
        DiagnosisEngine engine = new DiagnosisEngine();
        ChecklistSession runbook = new ChecklistSession(RunbookLoader.forEngine(engine).builtIn(), context.store(),
                context.clock());
        this.checklist = new LiveChecklist(context.store(), context.clock(), engine, runbook);
        checklist.start(context.lifecycle(), LiveChecklist.DEFAULT_PERIOD);
        // Loading SQLite's native library costs ~270 ms once per process: pay it now, not when a capture is opened.
        background.execute(SafeRunnable.of("SQLite warm-up", CaptureReader::warmUp));
    }

    /**
     * Starts the demo incident in its own processes, connects to its JMX port, follows its logs and records
     * everything. Completes when all of that is running; fails with the reason otherwise.
     */
    public CompletableFuture<RunningDemo> startDemo(String scenario) {
        return CompletableFuture.supplyAsync(() -> {
            DemoOptions options = DemoOptions.of(new ScenarioLoader().load(scenario), context.workspace().dir("demo"));
            RunningDemo started = context.lifecycle().own(DemoLauncher.start(options, context.lifecycle()));
            demo = started;
            targets.connect(TargetSpec.of(started.jmxUrl()).withName(DEMO_TARGET), Credentials.NONE);
            follow("access", started.accessLog());
            follow("app", started.appLog());
            watchDatabase(new DbTarget(started.database().jdbcUrl(), started.database().user(), started.database().password()));
            startRecording();
            return started;
        }, background);
    }

    /** Follows a log file from its start, as a source named {@code target}; its lines go to {@link #liveLines()}. */
    public FileTailSource follow(String target, Path file) {
        logNames.add(target);
        return start(new FileTailSource(target, file, LogOptions.defaults(), context.store(), context.lifecycle(),
                context.clock()));
    }

    /**
     * A log file the responder added: followed from its start, rotated siblings ({@code .1}, {@code .gz}) read for
     * history, rotation followed. Named after the file. Recording starts if it was not running.
     */
    @Override
    public LogSource followFile(Path file) {
        if (!Files.isReadable(file) && !Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new IllegalArgumentException(file + ": no such file or folder");
        }
        LogSource source = start(new FileTailSource(uniqueLogName(file.toString()), file,
                LogOptions.defaults().withHistory(), context.store(), context.lifecycle(), context.clock()));
        startRecording();
        return source;
    }

    /**
     * A command whose output is the log ({@code kubectl logs -f deploy/shop}, {@code ssh host tail -F path}), run
     * by {@code sh -c}, restarted with backoff when it exits; its stderr becomes the source's status.
     */
    @Override
    public LogSource followCommand(String command) {
        String program = command.trim().split("\\s+")[0];
        if (program.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        LogSource source = start(new CommandSource(uniqueLogName(program), List.of("sh", "-c", command),
                LogOptions.defaults(), context.store(), context.lifecycle(), context.clock(), Backoff.defaults()));
        startRecording();
        return source;
    }

    private <T extends LogSource> T start(T source) {
        context.lifecycle().own(source);
        source.feed(liveLines);
        source.start();
        logs.add(source);
        return source;
    }

    /** A target name no other followed log has ({@code app}, {@code app-2}, ...): two logs never share series. */
    private synchronized String uniqueLogName(String text) {
        String base = LogSourceFactories.targetName(text);
        String name = base;
        for (int i = 2; logNames.contains(name); i++) {
            name = base + "-" + i;
        }
        logNames.add(name);
        return name;
    }

    /** Polls the database's own view of its sessions (a DBA's view) into the store. */
    public DbSource watchDatabase(DbTarget target) {
        DbSource source = context.lifecycle().own(new DbSource(target, context.store(), context.lifecycle(), context.clock()));
        source.start();
        databases.add(source);
        return source;
    }

    /** Starts the always-on recording into the workspace's captures folder, if not already recording. */
    public synchronized void startRecording() {
        if (recording != null) {
            return;
        }
        Path file = CaptureFiles.newRecording(context.workspace(), context.clock());
        CaptureMetadata metadata = CaptureMetadata.startingAt(context.clock().millis(), context.clock().getZone())
                .withAttribute("recordedBy", "Sightline " + Version.get() + " console");
        recording = CaptureWriter.start(context.store(), file, metadata, context.lifecycle(), CaptureWriter.Options.defaults());
        LOG.info("recording to {}", file);
    }

    public TargetRegistry targets() {
        return targets;
    }

    public LiveChecklist checklist() {
        return checklist;
    }

    /** The newest lines of every followed log, merged by time: what the log pane shows. */
    public LiveLines liveLines() {
        return liveLines;
    }

    @Override
    public List<LogSource> logs() {
        return List.copyOf(logs);
    }

    public List<DbSource> databases() {
        return List.copyOf(databases);
    }

    public Optional<RunningDemo> demo() {
        return Optional.ofNullable(demo);
    }

    public Optional<CaptureWriter> recording() {
        return Optional.ofNullable(recording);
    }

    public ExecutorService background() {
        return background;
    }

    public AppContext context() {
        return context;
    }

    @Override
    public void close() {
        CaptureWriter writer = recording;
        if (writer != null) {
            writer.close();
        }
        // Everything else (demo processes, pollers, tails, executors) is owned by the context's lifecycle.
    }
}
