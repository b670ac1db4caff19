package io.sightline.ui.log;

import io.sightline.source.log.FileLineIndex;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Executors;

/**
 * Opens one file in the log pane, for looking at it and for the 10-million-line check:
 * {@code java -Xmx512m -cp target/test-classes:target/sightline.jar io.sightline.ui.log.LogPaneDemo\$Launch FILE [SEARCH]}.
 * Prints how long indexing took and the heap used.
 */
public final class LogPaneDemo extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        long t0 = System.nanoTime();
        FileLineIndex index = new FileLineIndex(Path.of(args.get(0)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("indexed %d lines in %d ms; heap used %d MiB of max %d MiB%n", index.size(), ms,
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        LogPaneModel model = new LogPaneModel(index, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "log-pane");
            t.setDaemon(true);
            return t;
        }), ZoneId.systemDefault());
        LogPane pane = new LogPane(model);
        if (args.size() > 1) {
            model.searchProperty().set(args.get(1));
        }
        stage.setTitle("Sightline log pane: " + args.get(0));
        stage.setScene(new Scene(pane, 1400, 900));
        stage.show();
        if (args.size() > 2) {
            model.scrollTo(Long.parseLong(args.get(2)));
        }
    }

    /** A main class must not extend Application when JavaFX comes from the class path. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(LogPaneDemo.class, args);
        }
    }
}
