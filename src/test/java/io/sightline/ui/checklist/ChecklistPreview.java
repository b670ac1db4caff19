package io.sightline.ui.checklist;

import io.sightline.checklist.ChecklistFixtures;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the checklist over a pool-misconfiguration incident with the network step opened (guard visible), for
 * looking at it under Xvfb: {@code java -cp … io.sightline.ui.checklist.ChecklistPreview [light]}.
 */
public final class ChecklistPreview extends Application {
    @Override
    public void start(Stage stage) {
        ChecklistFixtures.Session s = ChecklistFixtures.poolMisconfigured();
        ChecklistViewModel model = new ChecklistViewModel(s.session(), s.clock());
        model.update(s.diagnosis());
        model.tick("pool-saturated");
        model.annotate("pool-size", "Deploy 4711 changed maximumPoolSize");
        model.open("db-reachability");
        ChecklistPane pane = new ChecklistPane(model);
        Scene scene = new Scene(pane.root(), 540, 900);
        boolean light = getParameters().getRaw().contains("light");
        scene.getStylesheets().add(ChecklistPreview.class.getResource(light ? "/css/theme-light.css" : "/css/theme-dark.css").toExternalForm());
        stage.setTitle("Checklist preview");
        stage.setScene(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
