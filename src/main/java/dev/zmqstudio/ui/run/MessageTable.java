package dev.zmqstudio.ui.run;

import dev.zmqstudio.record.MessageQuery;
import dev.zmqstudio.record.MessageText;
import dev.zmqstudio.runtime.behaviour.Frames;
import dev.zmqstudio.runtime.record.RecordedMessage;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The Messages tab of a replay: the recorded messages (time, wire, sender -> receiver, size, frames), filtered by
 * node, wire, time range and content; the selected message's frames as text, hex or JSON.
 */
final class MessageTable extends VBox {
    static final int MOST_ROWS = 5_000;
    private static final int CELL_BYTES_PER_FRAME = 64;
    private static final int CELL_FRAMES = 8;

    final TextField node = field("filter-node", "node", 110);
    final TextField wire = field("filter-wire", "wire", 110);
    final TextField from = field("filter-from", "from (s)", 80);
    final TextField to = field("filter-to", "to (s)", 80);
    final TextField text = field("filter-text", "content", 160);
    final Button apply = new Button("Filter");
    final TableView<RecordedMessage> table = new TableView<>();
    final TextArea frames = new TextArea();
    private final Label count = new Label();
    private final ToggleGroup views = new ToggleGroup();
    private RecordedMessage shown;

    MessageTable() {
        setId("messages-view");
        apply.setId("filter-apply");
        apply.setDefaultButton(false);
        table.setId("replay-messages");
        table.setPlaceholder(new Label("No recorded message matches"));
        table.getColumns().setAll(List.of(
                column("Time (s)", 90, m -> MessageText.seconds(MessageText.time(m))),
                column("Wire", 110, m -> orDash(m.wire())),
                column("Sender → receiver", 220, m -> orDash(m.sender()) + " → " + orDash(m.receiver())),
                column("Size", 70, m -> m.size() + " B"),
                // Every frame, as logs and inspect show them: a ROUTER's or a device's envelope and the payload behind it.
                column("Frames", 320, m -> MessageText.framesShort(m, CELL_BYTES_PER_FRAME, CELL_FRAMES))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        frames.setId("message-frames");
        frames.setEditable(false);
        frames.setWrapText(true);
        HBox viewButtons = new HBox(4);
        for (FramesView v : FramesView.values()) {
            ToggleButton b = new ToggleButton(v.toString());
            b.setId("message-frames-" + v.name().toLowerCase(Locale.ROOT));
            b.setUserData(v);
            b.setToggleGroup(views);
            viewButtons.getChildren().add(b);
        }
        views.getToggles().getFirst().setSelected(true);
        views.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                showFrames(shown);
            }
        });
        count.setId("messages-count");
        HBox filters = new HBox(6, new Label("Filter:"), node, wire, from, to, text, apply, count);
        filters.setPadding(new Insets(4));
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox detail = new VBox(4, viewButtons, frames);
        VBox.setVgrow(frames, Priority.ALWAYS);
        detail.setPadding(new Insets(4));
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.66);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().setAll(filters, split);
    }

    private static TextField field(String id, String prompt, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        return f;
    }

    private static TableColumn<RecordedMessage, String> column(String title, double width,
                                                               java.util.function.Function<RecordedMessage, String> value) {
        TableColumn<RecordedMessage, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    /** The filters as a query; a time that does not read as seconds is left out (and the field says so). */
    MessageQuery query() {
        return new MessageQuery(blankToNull(wire.getText()), blankToNull(node.getText()), blankToNull(text.getText()),
                seconds(from), seconds(to), MOST_ROWS);
    }

    private static long seconds(TextField f) {
        String t = f.getText() == null ? "" : f.getText().strip();
        if (t.isEmpty()) {
            f.setStyle("");
            return -1;
        }
        try {
            long nanos = (long) (Double.parseDouble(t.replace("s", "")) * 1e9);
            f.setStyle("");
            return nanos;
        } catch (NumberFormatException e) {
            f.setStyle("-fx-border-color: #dc2626;");
            return -1;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    void show(List<RecordedMessage> rows, long total) {
        table.getItems().setAll(rows);
        count.setText(rows.size() >= MOST_ROWS ? "first " + MOST_ROWS + " shown" : rows.size() + " shown of " + total);
        showFrames(null);
    }

    /** The selected message's frames in the chosen view (every frame, whole). */
    void showFrames(RecordedMessage m) {
        shown = m;
        if (m == null) {
            frames.clear();
            return;
        }
        FramesView view = (FramesView) views.getSelectedToggle().getUserData();
        List<String> texts = switch (view) {
            case TEXT, JSON -> m.frames().stream().map(Frames::text).toList();
            case HEX -> m.frames().stream().map(f -> f.length == 0 ? "" : Frames.hex(f, f.length)).toList();
        };
        String body = switch (view) {
            case TEXT -> texts.size() == 1 ? texts.getFirst() : Frames.bracketed(texts);
            case HEX -> Frames.bracketed(texts);
            case JSON -> Frames.json(texts);
        };
        long latency = MessageText.latencyMicros(m);
        frames.setText(body + "\n\n" + m.frames().size() + (m.frames().size() == 1 ? " frame, " : " frames, ") + m.size()
                + " B · " + orDash(m.sender()) + " → " + orDash(m.receiver()) + " on " + orDash(m.wire())
                + (latency >= 0 ? " · " + latency + " µs on the wire" : ""));
    }

    void onSelect(Consumer<RecordedMessage> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                selected.accept(now);
            }
        });
    }
}
