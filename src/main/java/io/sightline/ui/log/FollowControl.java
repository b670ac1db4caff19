package io.sightline.ui.log;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Keeps the newest line in sight while {@code following}, like {@code tail -f}: after each batch of rows the list
 * scrolls to its last row. The user takes over by scrolling up (wheel, scroll bar, Up/Page Up/Home) or clicking a
 * line to read it; scrolling back to the bottom or pressing End (or the toggle) follows again. While not following,
 * lines leaving the front of a bounded window do not move what the user is reading.
 * <p>
 * The scroll is asked for after the row change has been applied: the list's skin has marked its item count dirty
 * by then and brings it up to date before it scrolls (asked from inside the change, it would clamp to the old count
 * and leave the newest line one below the view).
 */
final class FollowControl {
    private final ListView<Integer> list;
    private final BooleanProperty following;

    FollowControl(ListView<Integer> list, BooleanProperty following) {
        this.list = list;
        this.following = following;
        following.addListener((o, was, on) -> {
            if (on) {
                scrollToEnd();
            }
        });
        list.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> following.set(false));
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (inScrollBar(e.getPickResult().getIntersectedNode())) {
                Platform.runLater(this::followIfAtEnd); // once per release: after the bar has moved the view
            }
        });
    }

    /** The rows changed; {@code droppedRows} left the front. */
    void rowsChanged(int droppedRows) {
        if (following.get()) {
            scrollToEnd();
        } else if (droppedRows > 0) {
            IndexedCell<?> first = flow() == null ? null : flow().getFirstVisibleCell();
            if (first != null) {
                list.scrollTo(Math.max(0, first.getIndex() - droppedRows));
            }
        }
    }

    private void wheel(ScrollEvent e) {
        if (e.getDeltaY() > 0) {
            following.set(false);
        } else if (e.getDeltaY() < 0) {
            Platform.runLater(this::followIfAtEnd);
        }
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case UP, KP_UP, PAGE_UP, HOME -> following.set(false);
            case END -> {
                following.set(true);
                e.consume(); // following shows the end; the list's own End would also select the last line
            }
            case DOWN, KP_DOWN, PAGE_DOWN -> Platform.runLater(this::followIfAtEnd);
            default -> {
            }
        }
    }

    private void followIfAtEnd() {
        if (!following.get() && atEnd()) {
            following.set(true);
        }
    }

    /** True when the last row is in the view (an empty list is at its end). */
    boolean atEnd() {
        int n = list.getItems().size();
        VirtualFlow<?> flow = flow();
        if (n == 0 || flow == null) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last != null && last.getIndex() >= n - 1;
    }

    private void scrollToEnd() {
        int n = list.getItems().size();
        if (n == 0) {
            return;
        }
        // The skin takes the new item count (and rebuilds cells after a replacement) in its layout; scrolling
        // before that would clamp to the old count. ListView.scrollTo puts a row at the top and overshoots for the
        // last row (the position lands past 1 and is clamped back above the end); the flow's own scrollTo makes
        // the row fully visible at the bottom.
        list.layout();
        VirtualFlow<?> flow = flow();
        if (flow != null) {
            flow.scrollTo(n - 1);
        } else {
            list.scrollTo(n - 1);
        }
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }

    private boolean inScrollBar(Node node) {
        for (Node n = node; n != null && n != list; n = n.getParent()) {
            if (n instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }
}
