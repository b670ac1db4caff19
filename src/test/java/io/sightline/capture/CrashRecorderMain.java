package io.sightline.capture;

import io.sightline.concurrent.Lifecycle;
import io.sightline.concurrent.SafeRunnable;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The recorder process of {@link CaptureCrashIT}: fills a store at 10 Hz (value = sample number) and records it
 * until it is killed. Prints {@code written N} every 200 ms so the test knows how far it got.
 */
public final class CrashRecorderMain {
    static final SeriesId SERIES = SeriesId.of("test", "crash", "counter");

    private CrashRecorderMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SeriesStore store = new SeriesStore();
        Lifecycle lifecycle = new Lifecycle();
        CaptureWriter writer = CaptureWriter.start(store, Path.of(args[0]),
                CaptureMetadata.startingAt(System.currentTimeMillis(), ZoneId.systemDefault()), lifecycle,
                CaptureWriter.Options.defaults());
        Series series = store.series(SERIES, Unit.COUNT);
        ScheduledExecutorService tick = lifecycle.newScheduler("crash-tick");
        long[] n = {0};
        tick.scheduleAtFixedRate(SafeRunnable.of("tick", () -> series.append(System.currentTimeMillis(), n[0]++)),
                0, 100, TimeUnit.MILLISECONDS);
        while (true) {
            System.out.println("written " + writer.samplesWritten());
            System.out.flush();
            Thread.sleep(200); // a reporting cadence for the parent, not synchronisation
        }
    }
}
