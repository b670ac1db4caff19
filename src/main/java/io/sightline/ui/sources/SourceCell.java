package io.sightline.ui.sources;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/** A row: name and kind on top, the state line below, coloured by state. */
final class SourceCell extends ListCell<SourceItem> {
    private static final List<String> STATES = List.of(SourcesStyles.STATE_OK, SourcesStyles.STATE_WARN,
            SourcesStyles.STATE_FAILED, SourcesStyles.STATE_IDLE);

    private final Label name = new Label();
    private final Label kind = new Label();
    private final Label status = new Label();
    private final VBox box;

    SourceCell() {
        name.getStyleClass().add(SourcesStyles.ROW_NAME);
        kind.getStyleClass().add(SourcesStyles.ROW_KIND);
        status.getStyleClass().add(SourcesStyles.ROW_STATUS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box = new VBox(2, new HBox(6, name, spacer, kind), status);
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        setPrefWidth(0); // let the list's width decide, so long lines wrap instead of scrolling
    }

    @Override
    protected void updateItem(SourceItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(STATES);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        name.setText(item.name());
        kind.setText(item.kind().name().toLowerCase(Locale.ROOT));
        status.setText(item.status());
        getStyleClass().add(item.phaseStyle());
        setTooltip(new Tooltip(item.spec().address() + "\n" + item.status()));
        setGraphic(box);
    }
}
