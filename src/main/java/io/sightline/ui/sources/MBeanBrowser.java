package io.sightline.ui.sources;

import io.sightline.source.jmx.MBeanCatalog.Entry;
import io.sightline.ui.chart.ChartStack;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window onto one target's MBeans: pick an MBean, tick the attributes to chart. A ticked attribute is polled
 * with the target's other reads and its series can be dragged from here or from the series browser onto a panel.
 */
public final class MBeanBrowser extends BorderPane {
    private final MBeanBrowserViewModel model;
    private final ListView<String> mbeans = new ListView<>();
    private final TableView<Entry> attributes = new TableView<>();

    public MBeanBrowser(MBeanBrowserViewModel model) {
        this.model = model;
        getStyleClass().add(SourcesStyles.MBEANS);
        getStylesheets().add(MBeanBrowser.class.getResource(SourcesStyles.STYLESHEET).toExternalForm());
        TextField filter = new TextField();
        filter.setPromptText("Filter MBeans (e.g. hikari, GarbageCollector)");
        filter.textProperty().bindBidirectional(model.filterProperty());
        mbeans.setItems(model.mbeans());
        mbeans.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.show(now);
            }
        });
        VBox left = new VBox(6, filter, mbeans);
        VBox.setVgrow(mbeans, Priority.ALWAYS);
        attributes.setItems(model.attributes());
        attributes.setEditable(true);
        attributes.setPlaceholder(new Label("Choose an MBean on the left."));
        attributes.getColumns().add(chartColumn());
        attributes.getColumns().add(column("Attribute", 260, e -> e.watch().path()));
        attributes.getColumns().add(column("Value", 120, e -> io.sightline.chart.Ticks.withUnit(e.value(), io.sightline.series.Unit.NONE)));
        attributes.getColumns().add(column("Type", 80, Entry::type));
        attributes.setRowFactory(t -> draggableRow());
        SplitPane split = new SplitPane(left, attributes);
        split.setDividerPositions(0.45);
        Label message = new Label();
        message.textProperty().bind(model.message());
        message.getStyleClass().add(SourcesStyles.MESSAGE);
        setCenter(split);
        setBottom(message);
    }

    /** Opens the browser of {@code model}'s target in a window of its own, and lists its MBeans. */
    public static Stage open(MBeanBrowserViewModel model, Window owner) {
        MBeanBrowser browser = new MBeanBrowser(model);
        Scene scene = new Scene(browser, 980, 620);
        io.sightline.ui.Dialogs.themeLike(scene, owner);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("MBeans of " + model.target());
        stage.setScene(scene);
        stage.show();
        model.loadMBeans();
        return stage;
    }

    private TableColumn<Entry, Boolean> chartColumn() {
        TableColumn<Entry, Boolean> c = new TableColumn<>("Chart");
        c.setPrefWidth(56);
        c.setEditable(true);
        c.setCellValueFactory(cell -> {
            SimpleBooleanProperty charted = new SimpleBooleanProperty(model.isCharted(cell.getValue().watch()));
            charted.addListener((o, was, now) -> model.setCharted(cell.getValue().watch(), now));
            return charted;
        });
        c.setCellFactory(CheckBoxTableCell.forTableColumn(c));
        return c;
    }

    private static TableColumn<Entry, String> column(String title, double width, java.util.function.Function<Entry, String> value) {
        TableColumn<Entry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setEditable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /** Dragging a row onto a chart panel charts the attribute there (and starts polling it). */
    private TableRow<Entry> draggableRow() {
        TableRow<Entry> row = new TableRow<>();
        row.setOnDragDetected(e -> {
            Entry entry = row.getItem();
            if (entry != null) {
                model.setCharted(entry.watch(), true);
                attributes.refresh();
                row.startDragAndDrop(TransferMode.COPY)
                        .setContent(ChartStack.dragContent(entry.watch().seriesId(model.target())));
                e.consume();
            }
        });
        return row;
    }
}
