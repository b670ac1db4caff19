package io.sightline.ui.series;

import io.sightline.ui.chart.ChartPanelViewModel;
import io.sightline.ui.chart.ChartStack;
import io.sightline.ui.series.SeriesBrowserViewModel.Entry;
import io.sightline.ui.series.SeriesBrowserViewModel.Group;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every series of the session in a tree (source · target, then series), with a filter. A series is dragged onto
 * a chart panel, or put into one from its context menu; a charted MBean attribute can stop being polled there.
 */
public final class SeriesBrowser extends VBox {
    private final SeriesBrowserViewModel model;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("series"));
    private final Set<String> collapsed = new HashSet<>();

    public SeriesBrowser(SeriesBrowserViewModel model) {
        this.model = model;
        getStyleClass().add(SeriesStyles.ROOT);
        getStylesheets().add(SeriesBrowser.class.getResource(SeriesStyles.STYLESHEET).toExternalForm());
        TextField filter = new TextField();
        filter.setPromptText("Filter series (e.g. heap, active shop)");
        filter.getStyleClass().add(SeriesStyles.FILTER);
        filter.textProperty().bindBidirectional(model.filterProperty());
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new SeriesCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label hint = new Label("Drag a series onto a chart panel, or right-click it.");
        hint.getStyleClass().add(SeriesStyles.HINT);
        hint.setWrapText(true);
        getChildren().addAll(filter, tree, hint);
        model.groupsProperty().addListener((o, was, now) -> show(now));
        show(model.groups());
    }

    /** The left region's content: the sources above, this browser below with its own title, split by the user. */
    public javafx.scene.Node under(javafx.scene.Node sources) {
        Label title = new Label("SERIES");
        title.getStyleClass().add("sl-region-title"); // the main window's region title style
        VBox lower = new VBox(title, this);
        VBox.setVgrow(this, Priority.ALWAYS);
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(sources, lower);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        return split;
    }

    public TreeView<Object> tree() {
        return tree;
    }

    private void show(List<Group> groups) {
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().forEach(g -> {
            if (!g.isExpanded()) {
                collapsed.add((String) g.getValue());
            } else {
                collapsed.remove((String) g.getValue());
            }
        });
        root.getChildren().clear();
        for (Group g : groups) {
            TreeItem<Object> item = new TreeItem<>(g.title());
            g.entries().forEach(e -> item.getChildren().add(new TreeItem<>(e)));
            item.setExpanded(!collapsed.contains(g.title()));
            root.getChildren().add(item);
        }
    }

    private final class SeriesCell extends TreeCell<Object> {
        SeriesCell() {
            setOnDragDetected(e -> {
                if (getItem() instanceof Entry entry) {
                    startDragAndDrop(TransferMode.COPY).setContent(ChartStack.dragContent(entry.id()));
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(SeriesStyles.GROUP);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setContextMenu(null);
            } else if (item instanceof Entry e) {
                // the region is narrow: the unit and the full id are in the tooltip, not beside the name
                setText(e.label());
                setGraphic(null);
                setContextMenu(menu(e));
                setTooltip(new javafx.scene.control.Tooltip(e.id() + (e.unit().isEmpty() ? "" : "\nunit: " + e.unit())));
            } else {
                getStyleClass().add(SeriesStyles.GROUP);
                setText(item.toString());
                setGraphic(null);
                setContextMenu(null);
                setTooltip(null);
            }
        }

        /** Built when shown: the panels change while the browser lives. */
        private ContextMenu menu(Entry e) {
            ContextMenu menu = new ContextMenu();
            menu.setOnShowing(ev -> {
                menu.getItems().clear();
                for (ChartPanelViewModel p : model.panels()) {
                    MenuItem add = new MenuItem("Add to " + p.title());
                    add.setOnAction(a -> model.addTo(p, e.id()));
                    menu.getItems().add(add);
                }
                MenuItem fresh = new MenuItem("Add to a new panel");
                fresh.setOnAction(a -> model.addToNewPanel(e.id()));
                menu.getItems().add(fresh);
                model.watchOf(e.id()).ifPresent(w -> {
                    MenuItem stop = new MenuItem("Stop polling " + w.path());
                    stop.setOnAction(a -> model.stopPolling(e.id()));
                    menu.getItems().addAll(new SeparatorMenuItem(), stop);
                });
            });
            menu.getItems().add(new MenuItem("…")); // a menu with no items is never shown
            return menu;
        }
    }
}
