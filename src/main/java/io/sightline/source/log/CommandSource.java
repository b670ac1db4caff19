package io.sightline.source.log;

import io.sightline.concurrent.Backoff;
import io.sightline.concurrent.Lifecycle;
import io.sightline.concurrent.SafeRunnable;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A command whose stdout is the log: {@code kubectl logs -f deploy/shop}, {@code ssh host tail -F /var/log/x},
 * {@code journalctl -fu shop}. Its stderr is what the user needs to see when it fails (auth, no such pod), so
 * stderr lines become the status and source-status events. When the command exits it is restarted after a
 * capped exponential backoff, until the source is closed.
 */
public final class CommandSource extends LogSource {
    private static final Logger LOG = LoggerFactory.getLogger(CommandSource.class);
    static final int MAX_STDERR_EVENTS_PER_RUN = 20;

    private final List<String> command;
    private final Lifecycle lifecycle;
    private final Clock clock;
    private final Backoff backoff;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Process process;
    private volatile int starts;
    private volatile long lastBytesNanos;
    private ExecutorService stderrReaders;

    public CommandSource(String target, List<String> command, LogOptions options, SeriesStore store,
                         Lifecycle lifecycle, Clock clock, Backoff backoff) {
        super(new LogSourceCore(target, options, store, clock));
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a command source needs a command");
        }
        this.command = List.copyOf(command);
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.backoff = backoff;
    }

    @Override
    public void start() {
        stderrReaders = lifecycle.newCachedPool("log-cmd-stderr-" + core.target());
        ScheduledExecutorService idle = lifecycle.newScheduler("log-cmd-idle-" + core.target());
        idle.scheduleWithFixedDelay(SafeRunnable.of("idle flush " + core.target(), this::idleTick), 50, 50,
                TimeUnit.MILLISECONDS);
        lifecycle.newThread("log-cmd-" + core.target(), this::runLoop).start();
    }

    /** How many times the command was started (1 + restarts). */
    public int starts() {
        return starts;
    }

    @Override
    public void close() {
        closed.countDown();
        Process p = process;
        if (p != null) {
            // children first: "sh -c '... | ...'" or ssh's helpers would outlive the shell otherwise
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            try {
                if (!p.waitFor(2, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        core.finish();
        status = "closed";
    }

    private void runLoop() {
        Duration delay = null;
        while (closed.getCount() > 0) {
            Instant began = clock.instant();
            int exit = runOnce();
            if (closed.getCount() == 0) {
                return;
            }
            Duration ran = Duration.between(began, clock.instant());
            delay = backoff.next(delay, ran);
            String text = "'" + String.join(" ", command) + "' exited with code " + exit + " after "
                    + ran.toMillis() + " ms; restarting in " + delay.toMillis() + " ms";
            status = text;
            core.status(exit == 0 ? Severity.INFO : Severity.WARN, text, "exited");
            try {
                if (closed.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Runs the command once, pumping stdout into the pipeline; returns its exit code (-1 if it never ran). */
    private int runOnce() {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            status = "cannot start '" + command.get(0) + "': " + e.getMessage();
            core.status(Severity.ERROR, status, "start-failed");
            return -1;
        }
        process = p;
        starts++;
        status = "running '" + String.join(" ", command) + "'";
        closeQuietly(p);
        stderrReaders.execute(() -> readStderr(p.getErrorStream()));
        byte[] buf = new byte[1 << 16];
        try (InputStream out = p.getInputStream()) {
            int n;
            while ((n = out.read(buf)) > 0) {
                core.pipeline().feed(buf, 0, n);
                lastBytesNanos = System.nanoTime();
            }
        } catch (IOException e) {
            LOG.debug("reading stdout of {}: {}", command, e.toString());
        }
        core.pipeline().endOfInput();
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void closeQuietly(Process p) {
        try {
            p.getOutputStream().close(); // the command reads nothing from us
        } catch (IOException ignored) {
            // nothing to release
        }
    }

    private void readStderr(InputStream err) {
        List<String> shown = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                status = "stderr: " + line;
                if (shown.size() < MAX_STDERR_EVENTS_PER_RUN) {
                    shown.add(line);
                    core.status(Severity.WARN, line, "stderr");
                }
            }
        } catch (IOException e) {
            LOG.debug("reading stderr of {}: {}", command, e.toString());
        }
    }

    /** Output paused: complete a held entry and refresh the provisional buckets. */
    private void idleTick() {
        if (System.nanoTime() - lastBytesNanos > TimeUnit.MILLISECONDS.toNanos(50)) {
            core.idle();
        }
        core.afterBatch();
    }
}
