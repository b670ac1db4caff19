package io.sightline.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Hidden start-up probe, off unless {@code SIGHTLINE_EXIT_AFTER_FIRST_FRAME=1}. It prints how long the JVM took
 * from its start to the first frame of the main window, then exits the application normally. The installer build
 * runs the packaged app this way to train its CDS archive, and {@code docs/benchmarks.md} uses it to measure start-up.
 *
 * <p>"First frame" is the second pulse after the stage is shown: the first pulse lays out and renders the window,
 * and the next one cannot start before that render has been handed over, so the window is on screen and usable.
 */
public final class FirstFrameProbe {
    static final String ENV = "SIGHTLINE_EXIT_AFTER_FIRST_FRAME";

    private FirstFrameProbe() {
    }

    /** Call on the FX thread right after the main stage is shown. */
    public static void installIfRequested() {
        installIfRequested(System.getenv(), System.out);
    }

    static void installIfRequested(Map<String, String> env, PrintStream out) {
        if (!"1".equals(env.get(ENV))) {
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                out.println("first-frame-ms=" + sinceJvmStart().toMillis());
                out.flush();
                Platform.exit();
            }
        }.start();
    }

    /**
     * From the JVM's start, in milliseconds. Not {@code ProcessHandle.info().startInstant()}: on Linux that adds the
     * boot time from /proc/stat, which has whole-second resolution, and so is off by up to a second.
     */
    private static Duration sinceJvmStart() {
        Instant start = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return Duration.between(start, Instant.now());
    }
}
