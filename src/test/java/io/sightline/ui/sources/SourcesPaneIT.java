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
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The sources panel headless, over a real target JVM and an unreachable session target. */
@ExtendWith(ApplicationExtension.class)
class SourcesPaneIT {
    private final Lifecycle lifecycle = new Lifecycle();
    private TargetProcess target;
    private TargetRegistry registry;

    @Start
    void start(Stage stage) throws Exception {
        target = TargetProcess.start("pool:shop:3");
        registry = lifecycle.own(new TargetRegistry(new SavedTargets(new Workspace(Files.createTempDirectory("sources"))),
                new PollContext(new SeriesStore(), Clock.systemUTC(), lifecycle)));
        TargetSpec shop = new TargetSpec("shop", target.address(), null, false, null);
        registry.save(shop);
        registry.connect(shop, Credentials.NONE);
        registry.connect(new TargetSpec("demo", "127.0.0.1:" + TargetProcess.freePort(), null, false, null), Credentials.NONE);
        SourcesPane pane = new SourcesPane(SourcesViewModel.onFxThread(registry, lifecycle.newCachedPool("sources"),
                Clock.systemUTC()));
        stage.setScene(new Scene(pane, 360, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        lifecycle.close();
        target.close();
    }

    @Test
    void showsStatesAndDisconnectsTheSelectedTarget(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<SourceItem> list = robot.lookup(".list-view").queryAs(ListView.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("connected: 1 pool").tryQuery().isPresent()
                && robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText().startsWith("reconnecting"))
                .tryQuery().isPresent());
        assertThat(list.getItems().get(0).name()).isIn("shop", "demo");
        robot.clickOn("shop");
        Button disconnect = robot.lookup("Disconnect").queryButton();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(disconnect.isDisabled()).isFalse();
        assertThat(robot.lookup("Thread dump").queryButton().isDisabled()).isFalse();
        robot.clickOn(disconnect);
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.poller("shop").isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup(".sl-sources-message").queryLabeled().getText(),
                t -> t.startsWith("Stopped polling shop"));
    }
}
