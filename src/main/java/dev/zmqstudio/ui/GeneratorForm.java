package dev.zmqstudio.ui;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.generate.GeneratorSpec;
import dev.zmqstudio.model.generate.TopologyGenerator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * File > New from Generator's questions: the kind, then only the numbers that kind uses, and a line that says what
 * they make ("8 nodes, 6 wires, 3 links") or what is wrong. The same numbers as the `generate` command.
 */
final class GeneratorForm extends GridPane {
    private static final Map<String, String> KIND_NAMES = Map.of(
            "pipeline", "Pipeline: producer, workers, collector",
            "fanout", "Fan-out: publishers to subscribers by topic",
            "pubsub", "Pub-sub: direct or through a broker",
            "tree", "Tree: hosts on a switch tree, a latency per hop");

    private final ChoiceBox<String> kind = new ChoiceBox<>();
    private final Spinner<Integer> workers = counter("gen-workers", 3);
    private final Spinner<Integer> publishers = counter("gen-publishers", 1);
    private final Spinner<Integer> subscribers = counter("gen-subscribers", 3);
    private final Spinner<Integer> topics = counter("gen-topics", 3);
    private final Spinner<Integer> depth = bounded("gen-depth", 1, TopologyGenerator.MAX_TREE_DEPTH, 2);
    private final Spinner<Integer> fanout = bounded("gen-fanout", 2, TopologyGenerator.MAX_TREE_FANOUT, 2);
    private final Spinner<Integer> hopMs = bounded("gen-hop-ms", 0, 1000, 5);
    private final CheckBox broker = new CheckBox("Through a broker (a FORWARDER)");
    private final Spinner<Integer> rate = new Spinner<>(0, 1_000_000, 100);
    private final Spinner<Integer> count = new Spinner<>(0, 1_000_000_000, 1000);
    private final Spinner<Integer> basePort = new Spinner<>(GeneratorSpec.MIN_PORT, GeneratorSpec.MAX_PORT, 5601);
    private final Label summary = new Label();
    private final ReadOnlyObjectWrapper<Topology> topology = new ReadOnlyObjectWrapper<>();
    private final Map<String, List<Node>> rowsOfKind;

    GeneratorForm() {
        setId("generator-form");
        setHgap(10);
        setVgap(8);
        kind.getItems().setAll(GeneratorSpec.KINDS);
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String k) {
                return k == null ? "" : KIND_NAMES.get(k);
            }

            @Override
            public String fromString(String text) {
                return KIND_NAMES.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
            }
        });
        kind.setId("gen-kind");
        broker.setId("gen-broker");
        rate.setId("gen-rate");
        count.setId("gen-count");
        basePort.setId("gen-base-port");
        summary.setId("gen-summary");
        for (Spinner<Integer> s : List.of(rate, count, basePort)) {
            s.setEditable(true);
            s.valueProperty().addListener(o -> update());
        }
        broker.selectedProperty().addListener(o -> update());
        kind.valueProperty().addListener(o -> update());

        int row = 0;
        addRow(row++, new Label("Kind"), kind);
        List<Node> workersRow = row(row++, "Workers", workers);
        List<Node> publishersRow = row(row++, "Publishers", publishers);
        List<Node> subscribersRow = row(row++, "Subscribers", subscribers);
        List<Node> topicsRow = row(row++, "Topics", topics);
        List<Node> depthRow = row(row++, "Depth (switch levels)", depth);
        List<Node> fanoutRow = row(row++, "Fanout", fanout);
        List<Node> hopRow = row(row++, "Latency a hop, ms", hopMs);
        add(broker, 1, row++);
        row(row++, "Messages a second, each", rate);
        row(row++, "Messages, each (0: no end)", count);
        row(row++, "First tcp port", basePort);
        add(summary, 0, row, 2, 1);
        rowsOfKind = Map.of(
                "pipeline", workersRow,
                "fanout", concat(publishersRow, subscribersRow, topicsRow),
                "pubsub", concat(publishersRow, subscribersRow, List.of(broker)),
                "tree", concat(depthRow, fanoutRow, hopRow, List.of(broker)));
        kind.setValue("pipeline");
    }

    private Spinner<Integer> counter(String id, int initial) {
        return bounded(id, 1, TopologyGenerator.MAX_COUNT, initial);
    }

    private Spinner<Integer> bounded(String id, int min, int max, int initial) {
        Spinner<Integer> s = new Spinner<>(min, max, initial);
        s.setId(id);
        s.setEditable(true);
        s.valueProperty().addListener(o -> update());
        return s;
    }

    private List<Node> row(int row, String text, Node field) {
        Label label = new Label(text);
        addRow(row, label, field);
        return List.of(label, field);
    }

    @SafeVarargs
    private static List<Node> concat(List<Node>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /** The options the kind uses are shown; the topology is made again from the numbers. */
    private void update() {
        if (rowsOfKind == null || kind.getValue() == null) {
            return; // still being built
        }
        List<Node> shown = rowsOfKind.get(kind.getValue());
        rowsOfKind.values().stream().flatMap(List::stream).forEach(n -> {
            n.setVisible(shown.contains(n));
            n.setManaged(shown.contains(n));
        });
        try {
            Topology t = spec().generate();
            topology.set(t);
            summary.setText(String.format(Locale.ROOT, "%s: %,d nodes, %,d wires, %,d links", t.name(),
                    t.nodes().size(), t.wires().size(), t.links().size()));
        } catch (IllegalArgumentException e) {
            topology.set(null);
            summary.setText(e.getMessage());
        }
    }

    GeneratorSpec spec() {
        return new GeneratorSpec(kind.getValue(), workers.getValue(), publishers.getValue(), subscribers.getValue(),
                topics.getValue(), broker.isSelected(), rate.getValue(), count.getValue(), basePort.getValue(),
                depth.getValue(), fanout.getValue(), hopMs.getValue());
    }

    /** What the numbers make now; null while they make nothing. */
    ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }
}
