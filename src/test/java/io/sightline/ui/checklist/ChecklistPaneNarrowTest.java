package io.sightline.ui.checklist;

import io.sightline.checklist.ChecklistFixtures;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist as wide as it is in the main window (about 300 px): the leading hypothesis, the rabbit-hole guard
 * with its numbers and a step's "[ticked]" mark are shown in full, never cut to "…".
 */
@ExtendWith(ApplicationExtension.class)
class ChecklistPaneNarrowTest {
    private ChecklistViewModel model;

    @Start
    void start(Stage stage) {
        ChecklistFixtures.Session s = ChecklistFixtures.poolMisconfigured();
        model = new ChecklistViewModel(s.session(), s.clock());
        model.update(s.diagnosis());
        model.tick("pool-saturated");
        model.open("db-reachability");
        Scene scene = new Scene(new ChecklistPane(model).root(), 300, 820);
        scene.getStylesheets().add(ChecklistPaneNarrowTest.class.getResource("/css/theme-dark.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theGuardAndTheLeadingLineAreNotCut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.guardProperty().get()).contains("Network checks can wait");
        assertShownInFull(robot.lookup(".sl-checklist-guard-text").queryAs(Label.class));
        assertShownInFull(robot.lookup(".sl-checklist-leading").queryAs(Label.class));
    }

    @Test
    void theTickedMarkIsNotCut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label mark = robot.lookup(".sl-step-mark").queryAllAs(Label.class).stream()
                .filter(l -> "[ticked]".equals(l.getText())).findFirst().orElseThrow();
        assertShownInFull(mark);
    }

    /** What the label paints (its Text node) is its whole text, not an ellipsis of it. */
    private static void assertShownInFull(Label label) {
        Node text = label.lookup(".text");
        assertThat(text).isInstanceOf(Text.class);
        assertThat(((Text) text).getText().replace("\n", " ").replaceAll("\\s+", " ").strip())
                .as("painted text of %s", label.getStyleClass())
                .isEqualTo(label.getText().replaceAll("\\s+", " ").strip());
    }
}
