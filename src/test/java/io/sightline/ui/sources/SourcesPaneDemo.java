package io.sightline.ui.sources;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import io.sightline.source.jmx.Credentials;
import io.sightline.source.jmx.PollContext;
import io.sightline.source.jmx.SavedTargets;
import io.sightline.source.jmx.TargetRegistry;
import io.sightline.source.jmx.TargetSpec;
import io.sightline.source.jmx.testtarget.TargetProcess;
import io.sightline.workspace.Workspace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.time.Clock;

/**
 * Shows the sources panel alone over real targets, for looking at it (Xvfb + screenshot): a saved target with
 * pools, a saved target without pools, a session "demo" target that cannot be reached, and local JVMs.
 */
public final class SourcesPaneDemo extends Application {
    private final Lifecycle lifecycle = new Lifecycle();
    private TargetProcess shop;
    private TargetProcess bare;

    /** Launcher: a class-path main class must not extend Application. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(SourcesPaneDemo.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        shop = TargetProcess.start("pool:shop:4", "starve:tiny:2");
        bare = TargetProcess.start();
        TargetRegistry registry = lifecycle.own(new TargetRegistry(
                new SavedTargets(new Workspace(Files.createTempDirectory("sightline-demo"))),
                new PollContext(new SeriesStore(), Clock.systemUTC(), lifecycle)));
        SourcesViewModel model = SourcesViewModel.onFxThread(registry, lifecycle.newCachedPool("sources"), Clock.systemUTC());
        TargetSpec shopSpec = new TargetSpec("shop-prod-1", shop.address(), null, false, null);
        TargetSpec bareSpec = new TargetSpec("batch-worker", bare.address(), null, false, null);
        registry.save(shopSpec);
        registry.save(bareSpec);
        registry.save(new TargetSpec("billing-eu", "10.20.0.7:9010", "monitor", true, null));
        registry.connect(shopSpec, Credentials.NONE);
        registry.connect(bareSpec, Credentials.NONE);
        registry.connect(new TargetSpec("demo", "127.0.0.1:" + TargetProcess.freePort(), null, false, null), Credentials.NONE);
        SourcesPane pane = new SourcesPane(model);
        Scene scene = new Scene(pane, 360, 640);
        scene.getStylesheets().add(getClass().getResource("/css/test-theme-dark.css").toExternalForm());
        stage.setTitle("Sources");
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        lifecycle.close();
        shop.close();
        bare.close();
    }
}
