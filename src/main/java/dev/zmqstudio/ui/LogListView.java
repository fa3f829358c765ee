package dev.zmqstudio.ui;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A list for a log that keeps growing at the end and dropping lines at the front. While it follows, the newest line
 * stays in view; otherwise the first visible line stays put, even as older lines are dropped above it. Scrolling up
 * by hand (wheel, keys, the scroll bar) stops following; scrolling back down to the end (or End) follows again.
 */
class LogListView<T> extends ListView<T> {
    private static final Set<KeyCode> UPWARD = Set.of(KeyCode.UP, KeyCode.KP_UP, KeyCode.PAGE_UP, KeyCode.HOME);

    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    /** Where the first visible line will be after the next layout (-1: leave the view alone), and its pixel offset. */
    private int pinnedIndex = -1;
    private double pinnedOffset;
    /** The line that was on top when {@link #pinnedIndex} was taken. */
    private T pinnedItem;
    /** Where a line that may have been filtered out now is: its index, or the next shown line's (null: unknown). */
    private ToIntFunction<T> nearestIndexOf;
    /** Lines arrived while following: show the end after the next layout. */
    private boolean endPending;

    LogListView(ObservableList<T> items) {
        super(items);
        items.addListener((ListChangeListener<T>) this::itemsChanged);
        follow.addListener((obs, was, on) -> {
            if (on) {
                pinnedIndex = -1;
                pinnedItem = null;
                endPending = true;
                requestLayout();
            }
        });
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                follow.set(false);
            } else if (e.getDeltaY() < 0 && !follow.get()) {
                Platform.runLater(() -> follow.set(follow.get() || showsEnd()));
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UPWARD.contains(e.getCode())) {
                follow.set(false);
            } else if (e.getCode() == KeyCode.END) {
                follow.set(true);
            }
        });
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (onVerticalScrollBar(e.getPickResult().getIntersectedNode())) {
                follow.set(false);
            }
        });
    }

    /**
     * Lets a paused view keep its top line across a change that replaces the whole list (a new filter):
     * {@code nearest} gives the index of a line in the new list, or of the first line after it that is still shown.
     */
    void setNearestIndexOf(ToIntFunction<T> nearest) {
        this.nearestIndexOf = nearest;
    }

    BooleanProperty followProperty() {
        return follow;
    }

    private void itemsChanged(ListChangeListener.Change<? extends T> change) {
        if (follow.get()) {
            endPending = true;
            requestLayout();
            return;
        }
        VirtualFlow<?> flow = flow();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        if (first == null) {
            return;
        }
        if (pinnedIndex < 0) {
            // The cells still show the list as it was before this change: remember the top line and its offset.
            pinnedIndex = first.getIndex();
            pinnedItem = itemOf(first);
            pinnedOffset = flow.sceneToLocal(first.localToScene(0, 0)).getY();
        }
        pinnedIndex = indexAfter(change, pinnedIndex);
        boolean sameLine = pinnedIndex < getItems().size() && getItems().get(pinnedIndex) == pinnedItem;
        if (!sameLine && pinnedItem != null && nearestIndexOf != null) {
            pinnedIndex = Math.max(0, nearestIndexOf.applyAsInt(pinnedItem));
        }
        requestLayout();
    }

    /** Where the item at {@code index} is after the change; when it was removed, the place of the next survivor. */
    static int indexAfter(ListChangeListener.Change<?> change, int index) {
        change.reset();
        while (change.next()) {
            int from = change.getFrom();
            if (change.wasPermutated()) {
                if (index >= from && index < change.getTo()) {
                    index = change.getPermutation(index);
                }
            } else if (from <= index) {
                int removedEnd = from + change.getRemovedSize();
                index = index < removedEnd ? from : index + change.getAddedSize() - change.getRemovedSize();
            }
        }
        return index;
    }

    /** After the skin has taken in the changed items: show the end, or put the pinned line back on top. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        VirtualFlow<?> flow = flow();
        if (endPending && flow != null) {
            endPending = false;
            if (!getItems().isEmpty()) {
                flow.setPosition(1);
            }
        } else if (pinnedIndex >= 0 && flow != null) {
            int index = Math.min(pinnedIndex, getItems().size() - 1);
            pinnedIndex = -1;
            pinnedItem = null;
            if (index >= 0) {
                flow.scrollToTop(index);
                flow.scrollPixels(-pinnedOffset);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private T itemOf(IndexedCell<?> cell) {
        return (T) cell.getItem();
    }

    /** The last line is in view, entirely. */
    private boolean showsEnd() {
        VirtualFlow<?> flow = flow();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (getItems().isEmpty()) {
            return true;
        }
        return last != null && last.getIndex() == getItems().size() - 1
                && flow.sceneToLocal(last.localToScene(0, last.getHeight())).getY() <= flow.getHeight() + 0.5;
    }

    private boolean onVerticalScrollBar(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null && n != this; n = n.getParent()) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return true;
            }
        }
        return false;
    }

    private VirtualFlow<?> flow() {
        return getSkin() instanceof FlowSkin<?> skin ? skin.flow() : null;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FlowSkin<>(this);
    }

    /** The default skin, with its flow in reach (to pin the first visible line). */
    private static final class FlowSkin<T> extends ListViewSkin<T> {
        FlowSkin(ListView<T> list) {
            super(list);
        }

        VirtualFlow<?> flow() {
            return getVirtualFlow();
        }
    }
}
