package io.sightline.demo.proc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * The child side of the owner/child protocol. The owner writes JSON lines to the child's stdin (first line: the
 * configuration, then commands); the child answers with JSON lines on stdout ({@code {"event":"ready",...}},
 * stats). When stdin reaches end of file the owner has gone, whether it exited or was killed with
 * {@code kill -9} (the kernel closes the pipe), and the child exits: that is how no demo process outlives its
 * owner. Configuration travels over the pipe rather than the command line so that nothing a scenario sets is
 * visible in the child's JVM arguments (which JMX exposes to the diagnosis).
 */
public final class ChildChannel {
    private static final Logger LOG = LoggerFactory.getLogger(ChildChannel.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** If shutdown hooks hang, the child still ends this long after its owner. */
    private static final long HALT_AFTER_MS = 3000;

    private final BufferedReader in;
    private final PrintStream out;
    private final JsonNode config;
    private final BlockingQueue<JsonNode> commands = new LinkedBlockingQueue<>();

    private ChildChannel(BufferedReader in, PrintStream out, JsonNode config) {
        this.in = in;
        this.out = out;
        this.config = config;
    }

    /**
     * Reads the configuration line and starts watching stdin. Takes over the process's stdout for the protocol
     * and sends {@code System.out} to stderr, so a library printing to stdout cannot corrupt the channel.
     */
    public static ChildChannel open() throws IOException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String first = in.readLine();
        if (first == null) {
            exitBecauseOwnerGone();
        }
        ChildChannel channel = new ChildChannel(in, protocol, JSON.readTree(first));
        Thread watcher = new Thread(channel::watchStdin, "owner-watch");
        watcher.setDaemon(true);
        watcher.start();
        return channel;
    }

    public JsonNode config() {
        return config;
    }

    /** Hands every command, in order, to {@code handler} on a dedicated thread; a failing command is logged. */
    public void serve(Consumer<JsonNode> handler) {
        Thread dispatcher = new Thread(() -> dispatch(handler), "owner-commands");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    /** Sends one message to the owner as a JSON line. */
    public synchronized void send(Object message) {
        try {
            out.println(JSON.writeValueAsString(message));
        } catch (IOException e) {
            LOG.warn("cannot send to owner: {}", e.toString());
        }
    }

    private void dispatch(Consumer<JsonNode> handler) {
        while (true) {
            JsonNode command;
            try {
                command = commands.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                handler.accept(command);
            } catch (RuntimeException e) {
                LOG.warn("command {} failed", command, e);
            }
        }
    }

    private void watchStdin() {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    commands.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            LOG.debug("stdin closed: {}", e.toString());
        }
        exitBecauseOwnerGone();
    }

    private static void exitBecauseOwnerGone() {
        Thread halter = new Thread(() -> {
            try {
                Thread.sleep(HALT_AFTER_MS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(0);
        }, "owner-gone-halt");
        halter.setDaemon(true);
        halter.start();
        System.exit(0);
    }
}
