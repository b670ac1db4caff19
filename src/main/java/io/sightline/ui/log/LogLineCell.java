package io.sightline.ui.log;

import io.sightline.series.Severity;
import io.sightline.source.log.LogLines;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;

/** One log line: coloured by level (style classes), the search term highlighted. */
final class LogLineCell extends ListCell<Integer> {
    static final String STYLE_ERROR = "log-error";
    static final String STYLE_WARN = "log-warn";
    static final String STYLE_DEBUG = "log-debug";
    static final String STYLE_MATCH = "log-match";
    private static final List<String> LEVEL_STYLES = List.of(STYLE_ERROR, STYLE_WARN, STYLE_DEBUG);

    private final LogLines lines;
    private final ObservableStringValue search;

    LogLineCell(LogLines lines, ObservableStringValue search) {
        this.lines = lines;
        this.search = search;
        getStyleClass().add("log-line");
    }

    @Override
    protected void updateItem(Integer line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll(LEVEL_STYLES);
        if (empty || line == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        String text = lines.text(line);
        Severity level = lines.level(line);
        if (level == Severity.ERROR) {
            getStyleClass().add(STYLE_ERROR);
        } else if (level == Severity.WARN) {
            getStyleClass().add(STYLE_WARN);
        } else if (level == Severity.DEBUG) {
            getStyleClass().add(STYLE_DEBUG);
        }
        setText(null);
        setGraphic(flow(text, search.get()));
    }

    /** The line as text segments, the search term's occurrences in their own style. */
    static TextFlow flow(String text, String term) {
        TextFlow flow = new TextFlow();
        if (term == null || term.isEmpty()) {
            flow.getChildren().add(segment(text, false));
            return flow;
        }
        int from = 0;
        int at;
        while ((at = text.indexOf(term, from)) >= 0) {
            if (at > from) {
                flow.getChildren().add(segment(text.substring(from, at), false));
            }
            flow.getChildren().add(segment(term, true));
            from = at + term.length();
        }
        if (from < text.length()) {
            flow.getChildren().add(segment(text.substring(from), false));
        }
        return flow;
    }

    private static Text segment(String s, boolean match) {
        Text t = new Text(s);
        t.getStyleClass().add(match ? STYLE_MATCH : "log-text");
        return t;
    }
}
