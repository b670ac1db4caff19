package io.sightline.ui.chart;

import io.sightline.chart.PanelFrame;
import io.sightline.chart.PanelKind;
import io.sightline.chart.RangePreset;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Range presets, follow-live, reset, add panel, export, and the crosshair's time. A thin view over the model. */
final class ChartToolbar extends HBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.S", Locale.ROOT);

    private final ChartStackViewModel vm;
    private final Map<RangePreset, ToggleButton> presets = new EnumMap<>(RangePreset.class);
    private final ToggleButton follow = new ToggleButton("Follow live");
    private final Label readout = new Label();
    private final ZoneId zone;

    ChartToolbar(ChartStackViewModel vm, ZoneId zone, Runnable exportPng, Runnable exportCsv) {
        this.vm = vm;
        this.zone = zone;
        getStyleClass().add(ChartStyles.TOOLBAR);
        ToggleGroup group = new ToggleGroup();
        for (RangePreset p : RangePreset.values()) {
            ToggleButton b = new ToggleButton(p.label());
            b.getStyleClass().add(ChartStyles.PRESET);
            b.setToggleGroup(group);
            b.setOnAction(e -> vm.choosePreset(p));
            b.setTooltip(new Tooltip(p.span() == null ? "Everything retained" : "The last " + p.label()));
            presets.put(p, b);
            getChildren().add(b);
        }
        follow.getStyleClass().add(ChartStyles.FOLLOW_LIVE);
        follow.setOnAction(e -> vm.setFollowLive(follow.isSelected()));
        follow.setTooltip(new Tooltip("Keep the newest data in view"));
        Button reset = new Button("Reset");
        reset.setTooltip(new Tooltip("Back to the preset's live view (or double-click a chart)"));
        reset.setOnAction(e -> vm.reset());
        MenuButton add = new MenuButton("+ Panel");
        for (PanelKind k : PanelKind.values()) {
            MenuItem item = new MenuItem(k.title());
            item.setOnAction(e -> vm.addPanel(k));
            add.getItems().add(item);
        }
        Button note = new Button("Annotate…");
        note.setTooltip(new Tooltip("Mark the locked instant on every chart with a note (click a chart to lock it)"));
        note.disableProperty().bind(vm.crosshairLockedProperty().not());
        note.setOnAction(e -> askAnnotation(vm));
        Button png = new Button("PNG");
        png.setTooltip(new Tooltip("Export the visible panels as one PNG"));
        png.setOnAction(e -> exportPng.run());
        Button csv = new Button("CSV");
        csv.setTooltip(new Tooltip("Export the visible series in this range as CSV"));
        csv.setOnAction(e -> exportCsv.run());
        readout.getStyleClass().add(ChartStyles.READOUT);
        readout.setMinWidth(0); // the hint gives way (with an ellipsis) before any button does
        readout.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(readout, Priority.ALWAYS);
        getChildren().addAll(follow, reset, readout, note, add, png, csv);
        getChildren().forEach(n -> {
            if (n instanceof Region r && n != readout) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        vm.presetProperty().addListener((o, a, b) -> refresh());
        vm.followLiveProperty().addListener((o, a, b) -> refresh());
        vm.crosshairProperty().addListener((o, a, b) -> refresh());
        vm.crosshairLockedProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void askAnnotation(ChartStackViewModel vm) {
        long at = vm.crosshairProperty().get();
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
        d.setTitle("Annotate");
        d.setHeaderText("Note at " + java.time.Instant.ofEpochMilli(at).atZone(zone).toLocalTime()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " (shown on every chart and in the recording)");
        io.sightline.ui.Dialogs.ownedBy(d, this).showAndWait().ifPresent(text -> vm.annotate(at, text));
    }

    Label readout() {
        return readout;
    }

    ToggleButton followLive() {
        return follow;
    }

    private void refresh() {
        presets.forEach((p, b) -> b.setSelected(vm.followLiveProperty().get() && p == vm.presetProperty().get()));
        follow.setSelected(vm.followLiveProperty().get());
        long t = vm.crosshairProperty().get();
        if (t == PanelFrame.NO_CROSSHAIR) {
            readout.setText("Click a chart to lock the cursor · drag to zoom · shift-drag to pan");
        } else {
            String at = TIME.format(Instant.ofEpochMilli(t).atZone(zone));
            readout.setText(vm.crosshairLockedProperty().get() ? "Cursor locked at " + at + " (click to unlock)"
                    : "Cursor " + at);
        }
    }
}
