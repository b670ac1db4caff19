package io.sightline.capture;

import io.sightline.cli.SightlineCommand;
import io.sightline.cli.UserInputException;
import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import io.sightline.source.Source;
import io.sightline.source.SourceFactories;
import io.sightline.source.SourceFactory;
import io.sightline.source.db.DbSource;
import io.sightline.source.db.DbSourceOptions;
import io.sightline.source.db.DbTarget;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code sightline record}: records sources into a capture file, headless, as the GUI's recorder does. */
@Command(name = "record", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = "Records JMX targets, log files and commands into a capture file (one SQLite file).%n"
                + "Replay it in the GUI, run diagnose/postmortem on it, or query it with sqlite3.")
public final class RecordCommand implements Callable<Integer> {
    @Option(names = "--jmx", paramLabel = "URL|PID", description = "A JMX service URL or a local PID (repeatable).")
    List<String> jmx = new ArrayList<>();

    @Option(names = "--log", paramLabel = "PATH", description = "A log file to follow (repeatable).")
    List<String> logs = new ArrayList<>();

    @Option(names = "--command", paramLabel = "CMD", description = "A command whose output is a log, e.g. 'kubectl logs -f pod' (repeatable).")
    List<String> commands = new ArrayList<>();

    @Option(names = "--duration", description = "Stop after this long, e.g. 90s or 2h (default: until Ctrl-C).")
    Duration duration;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The capture file to create (must not exist).")
    Path out;

    @Option(names = "--retention", description = "Keep only this much history in the file, dropping whole old chunks (default: everything).")
    Duration retention = Duration.ZERO;

    @CommandLine.Mixin
    DbSourceOptions db = new DbSourceOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private SourceFactories factories;

    /** Replaces the discovered source factories (tests, or a host application with its own sources). */
    public void useFactories(SourceFactories f) {
        this.factories = f;
    }

    @Override
    public Integer call() throws InterruptedException {
        Optional<DbTarget> database = db.target();
        List<String[]> wanted = sourceArguments(database.isPresent());
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new UserInputException("--duration " + duration + ": must be positive");
        }
        if (Files.exists(out)) {
            throw new CaptureException(out, "already exists; choose another file or remove it first");
        }
        SourceFactories available = factories != null ? factories : SourceFactories.discover();
        List<SourceFactory> chosen = new ArrayList<>();
        for (String[] w : wanted) {
            chosen.add(available.require(w[0], w[1])); // fail before creating anything
        }
        try (Lifecycle lifecycle = new Lifecycle()) {
            return record(lifecycle, wanted, chosen, database);
        }
    }

    private int record(Lifecycle lifecycle, List<String[]> wanted, List<SourceFactory> chosen, Optional<DbTarget> database)
            throws InterruptedException {
        SeriesStore store = retention.isZero() ? new SeriesStore() : new SeriesStore(retention);
        List<Source> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            sources.add(chosen.get(i).create(wanted.get(i)[1], store, lifecycle));
            targets.add(wanted.get(i)[0] + " " + wanted.get(i)[1]);
        }
        database.ifPresent(d -> {
            sources.add(new DbSource(d, store, lifecycle, Clock.systemUTC()));
            targets.add("db " + d.safeUrl()); // never the password: metadata goes into the file
        });
        CaptureMetadata meta = CaptureMetadata.startingAt(System.currentTimeMillis(), ZoneId.systemDefault())
                .withTargets(targets).withSources(sources.stream().map(Source::name).toList());
        CaptureWriter writer = CaptureWriter.start(store, out, meta, lifecycle,
                CaptureWriter.Options.defaults().withRetention(retention));
        sources.forEach(lifecycle::own); // closed before the writer (last owned, first closed): no sample is left behind
        Thread onCtrlC = new Thread(lifecycle::close, "record-shutdown");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        sources.forEach(Source::start);
        CountDownLatch never = new CountDownLatch(1);
        if (duration == null) {
            never.await();
        } else {
            never.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        }
        Runtime.getRuntime().removeShutdownHook(onCtrlC);
        sources.forEach(Source::close);
        List<String> statuses = sources.stream().map(s -> s.name() + ": " + s.status()).toList();
        writer.close();
        if (writer.failure() != null) {
            throw new UserInputException(writer.failure());
        }
        PrintWriter o = spec.commandLine().getOut();
        statuses.forEach(o::println);
        o.printf("recorded %d samples of %d series and %d events into %s (%d KiB)%n", writer.samplesWritten(),
                writer.seriesWritten(), writer.eventsWritten(), out, (writer.sizeBytes() + 1023) / 1024);
        o.flush();
        return SightlineCommand.EXIT_OK;
    }

    private List<String[]> sourceArguments(boolean database) {
        List<String[]> wanted = new ArrayList<>();
        jmx.forEach(a -> wanted.add(new String[] {SourceFactory.JMX, a}));
        logs.forEach(a -> wanted.add(new String[] {SourceFactory.LOG, a}));
        commands.forEach(a -> wanted.add(new String[] {SourceFactory.COMMAND, a}));
        if (wanted.isEmpty() && !database) {
            throw new UserInputException("nothing to record: give at least one --jmx, --log, --command or --db-url");
        }
        return wanted;
    }
}
