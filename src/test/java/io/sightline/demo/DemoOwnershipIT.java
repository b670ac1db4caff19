package io.sightline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs {@code sightline demo --headless} as a child process, as a user would, and checks that no demo process
 * outlives it: not when it is killed with SIGKILL, not when it is stopped with SIGTERM.
 */
class DemoOwnershipIT {
    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void everyDemoProcessDiesWithItsOwnerEvenOnKillMinus9(@TempDir Path home) throws Exception {
        Process owner = startHeadlessDemo(home);
        JsonNode line = firstJsonLine(owner);
        List<ProcessHandle> demoProcesses = demoProcessesOf(owner);
        assertThat(line.path("pool").asText()).isEqualTo("shop-db");
        assertThat(demoProcesses).hasSizeGreaterThanOrEqualTo(3).allMatch(ProcessHandle::isAlive);

        owner.destroyForcibly(); // SIGKILL: no shutdown hook runs in the owner

        assertThat(owner.waitFor(5, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(8)).until(() -> demoProcesses.stream().noneMatch(ProcessHandle::isAlive));
    }

    @Test
    void sigtermStopsTheDemoCleanlyWithExitZero(@TempDir Path home) throws Exception {
        Process owner = startHeadlessDemo(home);
        JsonNode line = firstJsonLine(owner);
        List<ProcessHandle> demoProcesses = demoProcessesOf(owner);
        assertThat(line.fieldNames()).toIterable().containsExactly("jmxUrl", "pool", "logs", "scenario", "dbUrl", "dbUser");
        assertThat(line.path("logs")).hasSize(2);
        assertThat(line.path("dbUrl").asText()).startsWith("jdbc:h2:tcp://127.0.0.1:");
        assertThat(line.toString()).as("the database password is never printed").doesNotContainIgnoringCase("password");

        owner.destroy(); // SIGTERM, as Ctrl-C or a service manager would

        assertThat(owner.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(owner.exitValue()).isZero();
        assertThat(demoProcesses).noneMatch(ProcessHandle::isAlive);
    }

    /** Captured before the owner dies: afterwards the processes are orphans and no longer its descendants. */
    private List<ProcessHandle> demoProcessesOf(Process owner) {
        List<ProcessHandle> processes = owner.descendants().toList();
        started.addAll(processes);
        return processes;
    }

    private Process startHeadlessDemo(Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The shipped logging configuration, not the test one (which logs to stdout): stdout carries the JSON line.
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"),
                "io.sightline.Main", "demo", "--headless", "--scenario", "healthy", "--duration", "5m")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("SIGHTLINE_HOME", home.toString());
        Process owner = builder.start();
        started.add(owner.toHandle());
        return owner;
    }

    private static JsonNode firstJsonLine(Process owner) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(60, TimeUnit.SECONDS);
        assertThat(line).as("the demo's JSON line").isNotNull();
        return new ObjectMapper().readTree(line);
    }
}
