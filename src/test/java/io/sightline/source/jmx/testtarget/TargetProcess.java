package io.sightline.source.jmx.testtarget;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link JmxTestTarget} in its own JVM with remote JMX on a loopback port. Closing stdin ends it; {@link #kill()}
 * is {@code kill -9}.
 */
public final class TargetProcess implements AutoCloseable {
    private final Process process;
    private final int jmxPort;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Writer stdin;

    private TargetProcess(Process process, int jmxPort) {
        this.process = process;
        this.jmxPort = jmxPort;
        this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(l);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "target-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a target with unauthenticated JMX on {@code port} (0: a free one) and waits for READY. */
    public static TargetProcess start(int port, List<String> jvmOptions, String... behaviours) {
        return start(port, true, jvmOptions, behaviours);
    }

    /** Starts a target with no remote JMX at all: reachable only through the Attach API. */
    public static TargetProcess startLocalOnly(String... behaviours) {
        return start(0, false, List.of(), behaviours);
    }

    private static TargetProcess start(int port, boolean remote, List<String> jvmOptions, String... behaviours) {
        int p = port == 0 ? freePort() : port;
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path")));
        if (remote) {
            cmd.addAll(List.of("-Dcom.sun.management.jmxremote.port=" + p, "-Dcom.sun.management.jmxremote.rmi.port=" + p,
                    "-Dcom.sun.management.jmxremote.ssl=false", "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                    "-Djava.rmi.server.hostname=127.0.0.1"));
        }
        if (remote && jvmOptions.stream().noneMatch(o -> o.startsWith("-Dcom.sun.management.jmxremote.authenticate"))) {
            cmd.add("-Dcom.sun.management.jmxremote.authenticate=false");
        }
        cmd.addAll(jvmOptions);
        cmd.add(JmxTestTarget.class.getName());
        cmd.addAll(List.of(behaviours));
        try {
            Process process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            TargetProcess t = new TargetProcess(process, p);
            t.await("READY");
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TargetProcess start(String... behaviours) {
        return start(0, List.of(), behaviours);
    }

    public int jmxPort() {
        return jmxPort;
    }

    public String address() {
        return "127.0.0.1:" + jmxPort;
    }

    public long pid() {
        return process.pid();
    }

    /** Sends a command line (e.g. {@code pool late}) and waits for its OK. */
    public void command(String line) {
        try {
            stdin.write(line + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("OK " + line);
    }

    private void await(String prefix) {
        try {
            while (true) {
                String l = lines.poll(60, TimeUnit.SECONDS);
                if (l == null) {
                    throw new IllegalStateException("target did not print '" + prefix + "' within 60 s");
                }
                if (l.startsWith(prefix)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kill -9: the JVM dies with no chance to close its connector. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
