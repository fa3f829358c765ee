package dev.zmqstudio.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.shape.SVGPath;

/** One user command shown as a menu item and, optionally, a toolbar button; both stay in step. */
record UiAction(String id, String text, KeyCombination accelerator, String icon, Runnable handler,
                ObservableBooleanValue disabled) {

    static UiAction of(String id, String text, String accelerator, Runnable handler) {
        return new UiAction(id, text, accelerator == null ? null : KeyCombination.valueOf(accelerator), null, handler, null);
    }

    UiAction icon(String svgPath) {
        return new UiAction(id, text, accelerator, svgPath, handler, disabled);
    }

    UiAction disabledWhen(ObservableBooleanValue condition) {
        return new UiAction(id, text, accelerator, icon, handler, condition);
    }

    MenuItem menuItem() {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> handler.run());
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    Button button() {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().add("tool-button");
        if (icon != null) {
            SVGPath path = new SVGPath();
            path.setContent(icon);
            path.getStyleClass().add("tool-icon");
            button.setGraphic(path);
        } else {
            button.setText(text);
        }
        String tip = text.replace("…", "") + (accelerator == null ? "" : "  (" + accelerator.getDisplayText() + ")");
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> handler.run());
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        return button;
    }

}
