package io.sightline.demo.db;

import io.sightline.concurrent.Lifecycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The proxy over real loopback sockets, in front of an echo server standing in for the database. */
class FaultProxyTest {
    private final Lifecycle lifecycle = new Lifecycle();

    @AfterEach
    void close() {
        lifecycle.close();
    }

    @Test
    void forwardsBytesBothWays() throws IOException {
        FaultProxy proxy = FaultProxy.start(echoServer(), lifecycle);

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            assertThat(roundTrip(client, "SELECT 1")).isEqualTo("SELECT 1");
        }
    }

    @Test
    void addedLatencyDelaysEveryAnswer() throws IOException {
        FaultProxy proxy = FaultProxy.start(echoServer(), lifecycle);
        proxy.configure(Duration.ofMillis(150), Duration.ZERO, Duration.ZERO, Duration.ZERO);

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                roundTrip(client, "q" + i);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
            }
        }
    }

    @Test
    void removingTheLatencyRestoresOpenConnections() throws IOException {
        FaultProxy proxy = FaultProxy.start(echoServer(), lifecycle);
        proxy.configure(Duration.ofSeconds(30), Duration.ZERO, Duration.ZERO, Duration.ZERO);
        proxy.configure(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            client.setSoTimeout(10_000);
            assertThat(roundTrip(client, "after")).isEqualTo("after");
        }
    }

    private static String roundTrip(Socket client, String text) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(text.getBytes());
        out.flush();
        byte[] buffer = new byte[text.length()];
        InputStream in = client.getInputStream();
        int read = 0;
        while (read < buffer.length) {
            int n = in.read(buffer, read, buffer.length - read);
            if (n < 0) {
                throw new IOException("closed after " + read + " bytes");
            }
            read += n;
        }
        return new String(buffer);
    }

    private int echoServer() throws IOException {
        ServerSocket server = lifecycle.own(new ServerSocket(0, 10, InetAddress.getLoopbackAddress()));
        lifecycle.newThread("echo-accept", () -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    lifecycle.newThread("echo", () -> echo(s)).start();
                } catch (IOException e) {
                    return;
                }
            }
        }).start();
        return server.getLocalPort();
    }

    private static void echo(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the client closed
        }
    }
}
