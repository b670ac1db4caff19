package io.sightline.ui.pools;

import io.sightline.concurrent.Lifecycle;
import io.sightline.lint.Finding;
import io.sightline.series.SeriesStore;
import io.sightline.source.jmx.Credentials;
import io.sightline.source.jmx.PollContext;
import io.sightline.source.jmx.SavedTargets;
import io.sightline.source.jmx.TargetRegistry;
import io.sightline.source.jmx.TargetSpec;
import io.sightline.source.jmx.testtarget.TargetProcess;
import io.sightline.workspace.Workspace;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pools view headless over a real target JVM (HikariCP over H2, polled over JMX) and a real PostgreSQL whose
 * limits the DBA reads through the form: the row shows the pool's numbers and config, then the budget finding.
 */
@ExtendWith(ApplicationExtension.class)
class PoolsViewIT {
    private final Lifecycle lifecycle = new Lifecycle();
    private TargetProcess target;
    private EmbeddedPostgres postgres;

    @Start
    void start(Stage stage) throws Exception {
        target = TargetProcess.start("pool:shop:5", "starve:jam:2");
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "20").start();
        SeriesStore store = new SeriesStore();
        PollContext context = new PollContext(store, Clock.systemUTC(), lifecycle, Duration.ofMillis(300),
                Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofSeconds(1));
        TargetRegistry registry = lifecycle.own(new TargetRegistry(
                new SavedTargets(new Workspace(Files.createTempDirectory("sl-pools"))), context));
        registry.setInterval(Duration.ofMillis(200));
        registry.connect(new TargetSpec("shop-1", target.address(), null, false, null), Credentials.NONE);
        PoolsView view = new PoolsView(new PoolsViewModel(registry, store, lifecycle.newCachedPool("pools-test"),
                Platform::runLater));
        Scene scene = new Scene(view, 1500, 700);
        scene.getStylesheets().add(PoolsViewIT.class.getResource("/css/theme-dark.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        lifecycle.close();
        target.close();
        postgres.close();
    }

    /** Every text shown in the table row of pool {@code pool}, header to findings column. */
    private List<String> rowTexts(FxRobot robot, String pool) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".table-row-cell").<TableRow<PoolRow>>queryAll().stream()
                .filter(r -> r.getItem() != null && r.getItem().pool().equals(pool))
                .findFirst()
                .map(r -> java.util.stream.Stream.concat(r.lookupAll(".table-cell").stream(), r.lookupAll(".label").stream())
                        .filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText())
                        .filter(t -> t != null && !t.isEmpty()).toList())
                .orElse(List.of())).get();
    }

    @Test
    void showsThePoolRowWithItsNumbersThenTheBudgetFindingOnceTheDatabaseLimitsAreRead(FxRobot robot) throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(rowTexts(robot, "shop")).contains("none", "30 s", "30 min", "5"));
        assertThat(rowTexts(robot, "shop")).startsWith("shop-1", "shop").contains("10 min", "5 s", "off");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rowTexts(robot, "jam")).contains("100%"));
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup(".sl-pools-saturated").<TableRow<PoolRow>>queryAll()
                .stream().map(r -> r.getItem().pool()).toList()).get()).containsExactly("jam");

        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        robot.clickOn("#url").write(url);
        robot.clickOn("#user").write("postgres");
        robot.interact(() -> robot.lookup("#instances").<Spinner<Integer>>query().getValueFactory().setValue(4));
        robot.clickOn("Read limits");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(rowTexts(robot, "shop")).contains("1 error"));
        assertThat(robot.lookup(".sl-pools-limits").queryAs(Label.class).getText())
                .contains("max_connections 20", "reserved 3", url);
        assertThat(robot.lookup(".sl-pools-error").queryAll()).isNotEmpty();
        robot.clickOn("shop");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Finding> findings = robot.lookup(".sl-pools-findings").queryListView();
        assertThat(findings.getItems()).extracting(Finding::ruleId).contains("connection-budget");
        assertThat(robot.lookup(".sl-pools-finding-head").queryAs(Label.class).getText())
                .isEqualTo("ERROR  connection-budget");
        assertThat(robot.lookup(".sl-pools-table").queryAs(TableView.class).getItems()).hasSize(2);
    }
}
