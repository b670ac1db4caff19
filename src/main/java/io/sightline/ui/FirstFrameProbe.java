package io.sightline.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Hidden start-up probe, off unless {@code SIGHTLINE_EXIT_AFTER_FIRST_FRAME=1}. It prints how long the JVM took
 * from its start to the first frame of the main window ({@code first-frame-ms}) and to the first frame with the
 * session's views in it ({@code ready-ms}), then exits the application normally. The installer build runs the
 * packaged app this way to train its CDS archive, and {@code docs/benchmarks.md} uses it to measure start-up.
 *
 * <p>A frame is on screen at the second pulse after the scene changed: the first pulse lays out and renders it,
 * and the next one cannot start before that render has been handed over.
 */
public final class FirstFrameProbe {
    static final String ENV = "SIGHTLINE_EXIT_AFTER_FIRST_FRAME";
    /** With {@code SIGHTLINE_STARTUP_TRACE=1}, {@link #mark} prints when each start-up phase ends (profiling aid). */
    static final String TRACE_ENV = "SIGHTLINE_STARTUP_TRACE";
    private static final boolean TRACE = "1".equals(System.getenv(TRACE_ENV));

    private FirstFrameProbe() {
    }

    /** Call on the FX thread right after the main stage is shown: prints {@code first-frame-ms} once it is drawn. */
    public static void installIfRequested() {
        if (TRACE) {
            afterNextFrame(() -> mark("first frame"));
        }
        installIfRequested(System.getenv(), System.out);
    }

    /**
     * Call on the FX thread once the session's views are in the window: prints {@code ready-ms}, then runs
     * {@code lastly} (what the CDS training run should also load, such as the views built when first opened) and
     * exits once its result is on screen.
     */
    public static void readyIfRequested(Runnable lastly) {
        readyIfRequested(System.getenv(), System.out, lastly);
    }

    static void installIfRequested(Map<String, String> env, PrintStream out) {
        if ("1".equals(env.get(ENV))) {
            afterNextFrame(() -> print(out, "first-frame-ms="));
        }
    }

    static void readyIfRequested(Map<String, String> env, PrintStream out, Runnable lastly) {
        if ("1".equals(env.get(ENV))) {
            afterNextFrame(() -> {
                print(out, "ready-ms=");
                lastly.run();
                afterNextFrame(Platform::exit);
            });
        }
    }

    /** Runs {@code action} on the FX thread once what the scene shows now is on screen. */
    static void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                action.run();
            }
        }.start();
    }

    /** Prints {@code startup-trace <ms since JVM start> <phase> [thread, its CPU ms]} when tracing is on; costs nothing otherwise. */
    public static void mark(String phase) {
        if (TRACE) {
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.out.println("startup-trace " + sinceJvmStartMillis() + " " + phase + " [" + Thread.currentThread().getName()
                    + ", cpu " + cpu + "]");
        }
    }

    private static void print(PrintStream out, String label) {
        out.println(label + sinceJvmStartMillis());
        out.flush();
    }

    /**
     * From the JVM's start, in milliseconds, the clock read before the management classes are loaded so that their
     * loading is not counted. Not {@code ProcessHandle.info().startInstant()}: on Linux that adds the boot time from
     * /proc/stat, which has whole-second resolution, and so is off by up to a second.
     */
    private static long sinceJvmStartMillis() {
        long now = System.currentTimeMillis();
        return now - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
