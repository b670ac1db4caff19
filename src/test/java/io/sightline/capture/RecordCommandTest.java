package io.sightline.capture;

import io.sightline.cli.SightlineCommand;
import io.sightline.concurrent.Lifecycle;
import io.sightline.concurrent.SafeRunnable;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.series.Unit;
import io.sightline.source.Source;
import io.sightline.source.SourceFactories;
import io.sightline.source.SourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RecordCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void recordsEverySourceForTheDurationIntoAReplayableFile() {
        Path file = dir.resolve("rec.sightline");
        long started = System.currentTimeMillis();
        int exit = run(SourceFactories.of(new TickFactory(SourceFactory.JMX), new TickFactory(SourceFactory.LOG)),
                "record", "--jmx", "shop-1", "--log", "/var/log/app.log?password=hunter2pw", "--duration", "1500ms", "--out", file.toString());
        long ended = System.currentTimeMillis();
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("jmx/shop-1: ticking").contains("into " + file);
        try (CaptureReader reader = CaptureReader.open(file)) {
            CaptureReader.Replay replay = reader.replay();
            assertThat(replay.report().intact()).isTrue();
            Series.Snapshot jmx = replay.store().find(SeriesId.of("jmx", "shop-1", "ticks")).orElseThrow().snapshot();
            // 20 Hz for 1.5 s: every tick up to the stop is in the file, nothing from before the start
            assertThat(jmx.size()).isBetween(20, 40);
            assertThat(jmx.firstTime()).isGreaterThanOrEqualTo(started);
            assertThat(jmx.lastTime()).isLessThanOrEqualTo(ended);
            for (int i = 0; i < jmx.size(); i++) {
                assertThat(jmx.value(i)).isEqualTo(i);
            }
            assertThat(replay.store().find(SeriesId.of("log", "/var/log/app.log?password=***", "ticks"))).isPresent();
            assertThat(replay.store().events().all()).extracting(Event::text).contains("jmx/shop-1 started");
            assertThat(replay.metadata().targets()).containsExactly("jmx shop-1", "log /var/log/app.log?password=***");
            assertThat(replay.metadata().sources()).hasSize(2);
        }
    }

    @Test
    void aKindOfSourceThisBuildLacksFailsInOneLineWithExit2AndCreatesNoFile() {
        Path file = dir.resolve("none.sightline");
        int exit = run(SourceFactories.of(new TickFactory(SourceFactory.LOG)),
                "record", "--jmx", "12345", "--duration", "1s", "--out", file.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("sightline record: --jmx 12345: this build of Sightline has no jmx source"
                + System.lineSeparator());
        assertThat(file).doesNotExist();
    }

    @Test
    void refusesToRecordNothingOrOverAnExistingFile() throws Exception {
        assertThat(run(null, "record", "--out", dir.resolve("x.sightline").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nothing to record: give at least one --jmx, --log, --command or --db-url");
        Path existing = Files.writeString(dir.resolve("old.sightline"), "keep me");
        assertThat(run(SourceFactories.of(new TickFactory(SourceFactory.LOG)), "record", "--log", "a.log",
                "--out", existing.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(existing + ": already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void databaseOptionsThatCannotBeUsedFailInOneLineBeforeAnythingIsCreated() {
        Path file = dir.resolve("db.sightline");
        assertThat(run(null, "record", "--db-user", "dba", "--log", "a.log", "--out", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--db-user/--db-password need --db-url");
        assertThat(run(null, "record", "--db-url", "jdbc:mysql://127.0.0.1:3306/shop?password=pw-in-url", "--out", file.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unsupported database (supported: jdbc:h2:..., jdbc:postgresql:...)")
                .contains("password=***").doesNotContain("pw-in-url");
        assertThat(file).doesNotExist();
    }

    private int run(SourceFactories factories, String... args) {
        CommandLine cl = SightlineCommand.commandLine();
        if (factories != null) {
            ((RecordCommand) cl.getSubcommands().get("record").getCommand()).useFactories(factories);
        }
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** A real source for tests: appends its tick number at 20 Hz to {@code kind/argument/ticks}. */
    record TickFactory(String kind) implements SourceFactory {
        @Override
        public Source create(String argument, SeriesStore store, Lifecycle lifecycle) {
            return new TickSource(kind + "/" + argument, store, lifecycle);
        }
    }

    static final class TickSource implements Source {
        private final String name;
        private final SeriesStore store;
        private final ScheduledExecutorService scheduler;
        private volatile boolean running;

        TickSource(String name, SeriesStore store, Lifecycle lifecycle) {
            this.name = name;
            this.store = store;
            this.scheduler = lifecycle.newScheduler("tick-" + name);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void start() {
            running = true;
            Series s = store.series(SeriesId.parse(name + "/ticks"), Unit.COUNT);
            store.events().add(Event.of(System.currentTimeMillis(), name, EventKinds.TARGET_CONNECTED, Severity.INFO, name + " started"));
            long[] n = {0};
            scheduler.scheduleAtFixedRate(SafeRunnable.of("tick", () -> {
                if (running) {
                    s.append(System.currentTimeMillis(), n[0]++);
                }
            }), 0, 50, TimeUnit.MILLISECONDS);
        }

        @Override
        public String status() {
            return "ticking";
        }

        @Override
        public void close() {
            running = false;
            scheduler.shutdown();
        }
    }
}
