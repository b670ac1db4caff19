package io.sightline.ui.log;

import io.sightline.series.Severity;
import io.sightline.source.log.LogLines;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/** One log line: coloured by level (style classes), its source as a badge when sources are merged, the search term highlighted. */
final class LogLineCell extends ListCell<Integer> {
    static final String STYLE_LINE = "log-line";
    static final String STYLE_TEXT = "log-text";
    static final String STYLE_ERROR = "log-error";
    static final String STYLE_WARN = "log-warn";
    static final String STYLE_DEBUG = "log-debug";
    static final String STYLE_MATCH = "log-match";
    static final String STYLE_SOURCE = "log-source";
    private static final List<String> LEVEL_STYLES = List.of(STYLE_ERROR, STYLE_WARN, STYLE_DEBUG);

    private final LogLines lines;
    private final ObservableStringValue search;
    private final IntFunction<String> badge;
    /** What is drawn now: a cell is asked again whenever rows change, and rebuilds only if its line differs. */
    private String shownText;
    private String shownBadge;
    private String shownTerm;
    private Severity shownLevel;

    /** @param badge the source badge of a line (padded to one width), or null for none */
    LogLineCell(LogLines lines, ObservableStringValue search, IntFunction<String> badge) {
        this.lines = lines;
        this.search = search;
        this.badge = badge;
        getStyleClass().add(STYLE_LINE);
    }

    /** Row numbers stay while the lines under them move (a bounded window, a line merged in by time). */
    @Override
    protected boolean isItemChanged(Integer oldItem, Integer newItem) {
        return true;
    }

    @Override
    protected void updateItem(Integer line, boolean empty) {
        super.updateItem(line, empty);
        if (empty || line == null) {
            getStyleClass().removeAll(LEVEL_STYLES);
            setGraphic(null);
            setText(null);
            shownText = null;
            return;
        }
        String text = lines.text(line);
        Severity level = lines.level(line);
        String source = badge.apply(line);
        String term = search.get();
        if (text.equals(shownText) && level == shownLevel && Objects.equals(source, shownBadge)
                && Objects.equals(term, shownTerm) && getGraphic() != null) {
            return;
        }
        shownText = text;
        shownLevel = level;
        shownBadge = source;
        shownTerm = term;
        getStyleClass().removeAll(LEVEL_STYLES);
        if (level == Severity.ERROR) {
            getStyleClass().add(STYLE_ERROR);
        } else if (level == Severity.WARN) {
            getStyleClass().add(STYLE_WARN);
        } else if (level == Severity.DEBUG) {
            getStyleClass().add(STYLE_DEBUG);
        }
        setText(null);
        TextFlow flow = flow(text, term);
        if (source != null) {
            Text b = new Text(source);
            b.getStyleClass().add(STYLE_SOURCE);
            flow.getChildren().add(0, b);
        }
        setGraphic(flow);
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
        t.getStyleClass().add(match ? STYLE_MATCH : STYLE_TEXT);
        return t;
    }
}
