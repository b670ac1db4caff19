package io.sightline.ui.chart;

import io.sightline.chart.IncidentData;
import io.sightline.series.SeriesStore;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.concurrent.Executors;

/**
 * Dev harness: a chart stack over an hour of a made-up pool incident (gap, restart marker, responder action),
 * whose log series end in a minute of provisional (open) buckets. Run under Xvfb and screenshot it;
 * {@code -Dlight=true} for the light theme, {@code -Dlock=MINUTES_BEFORE_NOW} (fractions allowed) to lock the
 * crosshair there, {@code -Drange=M5} for another range preset, {@code -Dopen=SECONDS} for the open window (0: none).
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
        IncidentData.fill(store, clock.millis(), Long.getLong("open", 60) * 1000);
        ChartStack stack = new ChartStack(new ChartStackViewModel(store, null, clock),
                Executors.newSingleThreadExecutor(), java.time.ZoneOffset.UTC);
        stack.setLightTheme(Boolean.getBoolean("light"));
        stack.viewModel().choosePreset(io.sightline.chart.RangePreset.valueOf(System.getProperty("range", "H1")));
        String lock = System.getProperty("lock");
        if (lock != null) {
            stack.viewModel().click(clock.millis() - (long) (Double.parseDouble(lock) * 60_000));
        }
        stage.setScene(new Scene(stack, Integer.getInteger("w", 1560), Integer.getInteger("h", 960)));
        stage.setTitle("Sightline charts harness");
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    }
}
