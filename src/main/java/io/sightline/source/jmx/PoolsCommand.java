package io.sightline.source.jmx;

import io.sightline.cli.SightlineCommand;
import io.sightline.cli.UserInputException;
import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code sightline pools --jmx URL|PID}: a live table of every HikariCP pool on a target, for DBAs on servers with
 * no display. Uses the same poller as the GUI, so both show the same numbers.
 */
@Command(name = "pools", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = {"Live table of every HikariCP pool on a JVM (active, idle, total, max, waiting, utilisation).",
                "Password: environment variable SIGHTLINE_JMX_PASSWORD, else asked on the terminal when --user is given.",
                "Truststore password: environment variable SIGHTLINE_TRUSTSTORE_PASSWORD."})
public final class PoolsCommand implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "SIGHTLINE_JMX_PASSWORD";
    static final String TRUSTSTORE_PASSWORD_VARIABLE = "SIGHTLINE_TRUSTSTORE_PASSWORD";

    @Spec
    CommandSpec spec;

    @Option(names = "--jmx", required = true, paramLabel = "URL|PID",
            description = "host:port, a service:jmx: URL, or the process id of a local JVM.")
    String jmx;

    @Option(names = "--interval", defaultValue = "1s", description = "Time between rows, 100ms..60s (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--count", defaultValue = "0", description = "Stop after this many ticks (default: run until Ctrl-C).")
    int count;

    @Option(names = "--format", defaultValue = "text", description = "text, csv or json (JSON lines) (default: ${DEFAULT-VALUE}).")
    PoolTable.Format format;

    @Option(names = "--user", description = "JMX user of a password-protected target.")
    String user;

    @Option(names = "--tls", description = "The target's JMX connector and registry use TLS.")
    boolean tls;

    @Option(names = "--truststore", description = "Truststore (PKCS12 or .jks) that trusts the target's certificate; implies --tls.")
    String truststore;

    @Override
    public Integer call() throws InterruptedException {
        checkOptions();
        TargetSpec target = jmx.trim().matches("\\d+") ? TargetSpec.local(Long.parseLong(jmx.trim()), null)
                : new TargetSpec(null, jmx.trim(), user, tls || truststore != null, truststore);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Lifecycle lifecycle = new Lifecycle()) {
            SeriesStore store = new SeriesStore(Duration.ofMinutes(10));
            PollContext context = new PollContext(store, Clock.systemUTC(), lifecycle);
            TargetPoller poller = lifecycle.own(new TargetPoller(target, credentials(), context));
            PoolTable table = new PoolTable(format, out, err, store);
            BlockingQueue<PoolTable.Tick> ticks = new LinkedBlockingQueue<>();
            poller.onTick(() -> ticks.add(table.capture(poller)));
            poller.setInterval(interval);
            poller.start();
            awaitFirstConnect(poller, ticks);
            table.run(poller, ticks, count);
        }
        return SightlineCommand.EXIT_OK;
    }

    private void checkOptions() {
        try {
            PollContext.checkInterval(interval);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--interval: " + e.getMessage());
        }
        if (count < 0) {
            throw new UserInputException("--count must be 0 (run until Ctrl-C) or more, not " + count);
        }
    }

    /** The first connect decides: an unreachable target is exit 2 with its one-line reason. */
    private static void awaitFirstConnect(TargetPoller poller, BlockingQueue<PoolTable.Tick> ticks)
            throws InterruptedException {
        long deadline = System.nanoTime() + JmxConnector.CONNECT_DEADLINE.plusMillis(500).toNanos();
        while (System.nanoTime() < deadline) {
            PoolTable.Tick tick = ticks.poll(100, TimeUnit.MILLISECONDS);
            if (tick == null) {
                continue;
            }
            TargetState s = tick.state();
            if (s.phase() == TargetState.Phase.CONNECTED) {
                return;
            }
            if (s.phase() == TargetState.Phase.RECONNECTING || s.phase() == TargetState.Phase.FAILED) {
                throw new UserInputException(s.detail());
            }
        }
        throw new UserInputException(JmxConnector.prefix(poller.spec()) + "no answer");
    }

    private Credentials credentials() {
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null && user != null && System.console() != null) {
            char[] typed = System.console().readPassword("JMX password for %s: ", user);
            password = typed == null ? null : new String(typed);
        }
        String trust = System.getenv(TRUSTSTORE_PASSWORD_VARIABLE);
        return new Credentials(password == null ? null : password.toCharArray(), trust == null ? null : trust.toCharArray());
    }
}
