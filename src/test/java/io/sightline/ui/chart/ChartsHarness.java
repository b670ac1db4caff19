package io.sightline.ui.chart;

import io.sightline.chart.IncidentData;
import io.sightline.series.SeriesStore;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.concurrent.Executors;

/**
 * Dev harness: a chart stack over an hour of a made-up pool incident (gap, restart marker, responder action).
 * Run under Xvfb and screenshot it; {@code -Dlight=true} for the light theme,
 * {@code -Dlock=MINUTES_BEFORE_NOW} to lock the crosshair there.
 */
public final class ChartsHarness {
    private ChartsHarness() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The harness window. */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        SeriesStore store = new SeriesStore();
        Clock clock = Clock.systemUTC();
        IncidentData.fill(store, clock.millis());
        ChartStack stack = new ChartStack(new ChartStackViewModel(store, null, clock),
                Executors.newSingleThreadExecutor(), java.time.ZoneOffset.UTC);
        stack.setLightTheme(Boolean.getBoolean("light"));
        stack.viewModel().choosePreset(io.sightline.chart.RangePreset.H1);
        String lock = System.getProperty("lock");
        if (lock != null) {
            stack.viewModel().click(clock.millis() - Long.parseLong(lock) * 60_000);
        }
        stage.setScene(new Scene(stack, Integer.getInteger("w", 1560), Integer.getInteger("h", 960)));
        stage.setTitle("Sightline charts harness");
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    }
}
