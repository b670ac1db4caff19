package io.sightline.ui;

import io.sightline.series.PoolReading;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The pool numbers a responder must see first: per pool, active of max, idle, and threads waiting. A saturated
 * pool (waiting &gt; 0 or active at max) is outlined in the danger colour. Unknown values (target unreachable)
 * show as a dash, never as the last value seen.
 */
final class PoolTilesView {
    private final HBox host;

    PoolTilesView(HBox host, ObservableList<PoolReading> pools) {
        this.host = host;
        pools.addListener((ListChangeListener<PoolReading>) c -> render(pools));
        render(pools);
    }

    private void render(ObservableList<PoolReading> pools) {
        host.getChildren().clear();
        if (pools.isEmpty()) {
            Label none = new Label("No connection pool seen yet. Connect a JVM whose HikariCP pool has registerMbeans=true.");
            none.getStyleClass().add(Styles.PLACEHOLDER);
            host.getChildren().add(none);
            return;
        }
        for (PoolReading p : pools) {
            host.getChildren().add(poolGroup(p));
        }
    }

    private HBox poolGroup(PoolReading p) {
        HBox group = new HBox(6,
                tile("pool " + p.pool() + " · " + p.target(), number(p.active()) + " / " + number(p.max()), "active / max", p.saturated()),
                tile(null, number(p.idle()), "idle", false),
                tile(null, number(p.total()), "total", false),
                tile(null, number(p.waiting()), "waiting threads", p.waiting() > 0));
        group.setId("pool-" + p.target() + "-" + p.pool());
        return group;
    }

    private static VBox tile(String title, String value, String label, boolean alarm) {
        VBox tile = new VBox();
        tile.getStyleClass().add(Styles.POOL_TILE);
        if (alarm) {
            tile.getStyleClass().add(Styles.POOL_SATURATED);
        }
        if (title != null) {
            Label t = new Label(title);
            t.getStyleClass().add(Styles.POOL_TILE_LABEL);
            tile.getChildren().add(t);
        }
        Label v = new Label(value);
        v.getStyleClass().add(Styles.POOL_TILE_VALUE);
        Label l = new Label(label);
        l.getStyleClass().add(Styles.POOL_TILE_LABEL);
        tile.getChildren().addAll(v, l);
        return tile;
    }

    static String number(double v) {
        return Double.isNaN(v) ? "—" : String.valueOf(Math.round(v));
    }
}
