package dev.zmqstudio.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/** Above the console: the node filter, the search field, Follow, Clear and the line count. */
final class ConsoleToolBar extends HBox {
    static final String ALL_NODES = "All nodes";

    private final ConsoleModel model;
    private final ComboBox<String> nodes = new ComboBox<>();
    private boolean filling;

    ConsoleToolBar(ConsoleModel model) {
        this.model = model;
        setId("console-toolbar");
        getStyleClass().add("console-toolbar");
        setAlignment(Pos.CENTER_LEFT);

        nodes.setId("console-node-filter");
        nodes.setMinWidth(112); // "All nodes" in full at the narrowest window; the search field gives way first
        nodes.setTooltip(new Tooltip("Show the lines of one node only"));
        model.nodeIds().addListener((InvalidationListener) o -> fillNodes());
        fillNodes();
        nodes.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (!filling && i.intValue() >= 0) {
                model.nodeProperty().set(i.intValue() == 0 ? null : nodes.getItems().get(i.intValue()));
            }
        });
        model.nodeProperty().addListener((obs, old, id) -> selectNode(id));

        TextField search = new TextField();
        search.setId("console-search");
        search.setPromptText("Search");
        search.setTooltip(new Tooltip("Show only the lines that contain this text (any case); Esc clears"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        search.setMinWidth(60);
        HBox.setHgrow(search, Priority.SOMETIMES);

        ToggleButton follow = new ToggleButton("Follow");
        follow.setId("console-follow");
        follow.setTooltip(new Tooltip("Keep the newest line in view; off, the view stays where you scrolled"));
        follow.selectedProperty().bindBidirectional(model.followProperty());

        Button clear = new Button("Clear");
        clear.setId("console-clear");
        clear.setTooltip(new Tooltip("Remove every line"));
        clear.setOnAction(e -> model.clear());
        clear.disableProperty().bind(Bindings.isEmpty(model.all()));

        Label count = new Label();
        count.setId("console-count");
        count.getStyleClass().add("console-count");
        count.textProperty().bind(model.count());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(nodes, search, follow, clear, gap, count);
        for (Region fixed : new Region[]{follow, clear, count}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** "All nodes" and then the topology's node ids, keeping the chosen node chosen. */
    private void fillNodes() {
        List<String> items = new ArrayList<>();
        items.add(ALL_NODES);
        items.addAll(model.nodeIds());
        filling = true;
        try {
            nodes.getItems().setAll(items);
        } finally {
            filling = false;
        }
        selectNode(model.nodeProperty().get());
    }

    private void selectNode(String id) {
        int index = id == null ? 0 : Math.max(0, nodes.getItems().lastIndexOf(id));
        if (nodes.getSelectionModel().getSelectedIndex() != index) {
            nodes.getSelectionModel().select(index);
        }
    }
}
