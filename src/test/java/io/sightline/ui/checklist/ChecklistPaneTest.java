package io.sightline.ui.checklist;

import io.sightline.checklist.ChecklistFixtures;
import io.sightline.checklist.runbook.ChecklistSession;
import io.sightline.series.EventKinds;
import io.sightline.series.SeriesStore;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The checklist view over a pool-misconfiguration incident: self-marking steps, guard banner, responder actions. */
@ExtendWith(ApplicationExtension.class)
class ChecklistPaneTest {
    private SeriesStore store;
    private ChecklistViewModel model;

    @Start
    void start(Stage stage) {
        ChecklistFixtures.Session s = ChecklistFixtures.poolMisconfigured();
        store = s.store();
        model = new ChecklistViewModel(s.session(), s.clock());
        model.update(s.diagnosis());
        ChecklistPane pane = new ChecklistPane(model);
        Scene scene = new Scene(pane.root(), 520, 760);
        scene.getStylesheets().add(ChecklistPaneTest.class.getResource("/css/theme-dark.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void firstStepIsSupportedWithThePoolNumbers(FxRobot robot) {
        assertThat(robot.lookup(".sl-checklist-leading").queryAs(Label.class).getText()).contains("pool-undersized");
        ListView<StepItem> steps = robot.lookup(".sl-checklist-steps").queryListView();
        StepItem first = steps.getItems().get(0);
        assertThat(first.state().name()).isEqualTo("SUPPORTED");
        assertThat(first.summary()).startsWith("Pool shop-db at 6/6 (100%)");
        assertThat(robot.lookup(".sl-step-supported").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".sl-checklist-guard").queryAs(HBox.class).isVisible()).isFalse();
        // One kept read-only view: a wrapper per call forwards changes weakly and dies with its listeners at the next GC.
        assertThat(model.steps()).isSameAs(model.steps());
    }

    @Test
    void openingTheNetworkStepShowsTheGuardBanner(FxRobot robot) {
        ListView<StepItem> steps = robot.lookup(".sl-checklist-steps").queryListView();
        robot.interact(() -> steps.scrollTo(5));
        robot.clickOn("6. Do JDBC connections fail or slow down on the network?");
        WaitForAsyncUtils.waitForFxEvents();
        HBox banner = robot.lookup(".sl-checklist-guard").queryAs(HBox.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup(".sl-checklist-guard-text").queryAs(Label.class).getText())
                .startsWith("The pool shop-db has been at 6/6 with 200 threads waiting").contains("Network checks can wait");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void tickAndNoteAreRecordedAndShown(FxRobot robot) {
        robot.clickOn("1. Is the connection pool saturated?");
        robot.clickOn("Tick");
        robot.clickOn(".text-field").write("max was 20 before deploy 4711");
        robot.clickOn("Add note");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.events().all()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKinds.CHECKLIST_ACTION);
            assertThat(e.attribute(ChecklistSession.ATTR_ACTION)).isEqualTo("tick");
        });
        assertThat(store.events().all()).anySatisfy(e -> assertThat(e.text()).isEqualTo("max was 20 before deploy 4711"));
        assertThat(robot.lookup("[ticked]").tryQuery()).isPresent();
        assertThat(robot.lookup("Note: max was 20 before deploy 4711").tryQuery()).isPresent();
        assertThat(store.events().all()).noneSatisfy(e -> assertThat(e.kind()).isEqualTo(EventKinds.CHECKLIST_GUARD));
        long opens = opens();
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(opens()).as("refreshing the rows must not reopen steps by itself").isEqualTo(opens).isEqualTo(1);
    }

    private long opens() {
        return store.events().all().stream().filter(e -> "open".equals(e.attribute(ChecklistSession.ATTR_ACTION))).count();
    }
}
