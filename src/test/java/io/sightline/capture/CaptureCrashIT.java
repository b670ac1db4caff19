package io.sightline.capture;

import io.sightline.series.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** kill -9 of a real recorder process: the file opens and holds everything up to at most 1 s before the kill. */
class CaptureCrashIT {
    @TempDir
    Path dir;

    @Test
    void afterKillMinus9TheFileHoldsEverythingUpToOneSecondBeforeTheKill() throws Exception {
        Path file = dir.resolve("crash.sightline");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashRecorderMain.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicLong written = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("written ")) {
                        written.set(Long.parseLong(line.substring(8)));
                    }
                }
            } catch (java.io.IOException ignored) {
                // the child died: that is the point
            }
        }, "crash-child-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> written.get() >= 30); // 3 s of recording committed
            long killedAt = System.currentTimeMillis();
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no final flush
            assertThat(child.waitFor()).isEqualTo(137);
            assertThat(Path.of(file + "-wal")).as("a crashed recorder leaves its write-ahead log").exists();

            try (CaptureReader capture = CaptureReader.open(file)) {
                CaptureReader.Replay replay = capture.replay();
                assertThat(replay.report().intact()).as(replay.report().lines(ZoneId.systemDefault()).toString()).isTrue();
                Series.Snapshot s = replay.store().find(CrashRecorderMain.SERIES).orElseThrow().snapshot();
                assertThat(s.size()).isGreaterThanOrEqualTo(30);
                org.slf4j.LoggerFactory.getLogger(CaptureCrashIT.class).info("kill -9: last sample {} ms before the kill, {} samples",
                        killedAt - s.lastTime(), s.size());
                assertThat(s.lastTime()).as("last sample %d ms before the kill", killedAt - s.lastTime())
                        .isGreaterThanOrEqualTo(killedAt - 1000);
                for (int i = 0; i < s.size(); i++) {
                    assertThat(s.value(i)).as("sample %d", i).isEqualTo(i); // nothing missing in between
                }
            }
        } finally {
            child.destroyForcibly();
        }
    }
}
