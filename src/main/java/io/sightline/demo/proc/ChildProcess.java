package io.sightline.demo.proc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sightline.concurrent.Lifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The owner side of one demo child JVM (see {@link ChildChannel} for the protocol). The child runs the same
 * {@code java} with the owner's class path, so it works from the shaded jar, under surefire/failsafe and under
 * {@code javafx:run}. Its stderr goes to a file in the run folder; its stdout carries protocol messages only.
 */
public final class ChildProcess implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String role;
    private final Process process;
    private final OutputStream stdin;
    private final Path stderrFile;
    private final CompletableFuture<JsonNode> ready = new CompletableFuture<>();

    private ChildProcess(String role, Process process, Path stderrFile) {
        this.role = role;
        this.process = process;
        this.stdin = process.getOutputStream();
        this.stderrFile = stderrFile;
    }

    /**
     * Starts {@code mainClass} in a new JVM, sends it {@code config} as its first line and passes every message
     * it prints other than the ready message to {@code listener} (on a thread owned by {@code lifecycle}).
     */
    public static ChildProcess start(String role, Class<?> mainClass, List<String> jvmArgs, Object config,
                                     Path runDir, Consumer<JsonNode> listener, Lifecycle lifecycle) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        Path stderrFile = runDir.resolve(role + ".stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(stderrFile.toFile()));
        try {
            ChildProcess child = new ChildProcess(role, builder.start(), stderrFile);
            child.send(config);
            lifecycle.newThread(role + "-stdout", () -> child.readStdout(listener)).start();
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo " + role + " process: " + e.getMessage(), e);
        }
    }

    /** Waits for the child's ready message, which carries the ports it listens on. */
    public JsonNode awaitReady(Duration timeout) {
        try {
            return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the demo " + role);
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new IllegalStateException("the demo " + role + " process did not start within "
                    + timeout.toSeconds() + " s: " + lastLine(stderrFile), e);
        }
    }

    /** Sends one command as a JSON line; a child that has gone away is logged, not thrown. */
    public synchronized void send(Object message) {
        try {
            stdin.write(JSON.writeValueAsBytes(message));
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            LOG.warn("cannot reach the demo {} process: {}", role, e.toString());
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String role() {
        return role;
    }

    /** Closes the child's stdin: it begins to exit. Lets several children stop in parallel before {@link #close()}. */
    public synchronized void endInput() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // the child is already gone
        }
    }

    /** Closes stdin (the child exits on end of file), then escalates to SIGTERM and SIGKILL. */
    @Override
    public void close() {
        endInput();
        try {
            if (!process.waitFor(4, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void readStdout(Consumer<JsonNode> listener) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                handle(line, listener);
            }
        } catch (IOException e) {
            LOG.debug("{} stdout closed: {}", role, e.toString());
        }
        ready.completeExceptionally(new IllegalStateException(role + " exited"));
    }

    private void handle(String line, Consumer<JsonNode> listener) {
        JsonNode message;
        try {
            message = JSON.readTree(line);
        } catch (IOException e) {
            LOG.warn("demo {} printed a line that is not JSON: {}", role, line);
            return;
        }
        if ("ready".equals(message.path("event").asText())) {
            ready.complete(message);
        } else {
            listener.accept(message);
        }
    }

    private static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(java)) {
            return java.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return lines.get(i).trim() + " (see " + file + ")";
                }
            }
        } catch (IOException ignored) {
            // no stderr file: nothing more to say
        }
        return "no output (see " + file + ")";
    }
}
