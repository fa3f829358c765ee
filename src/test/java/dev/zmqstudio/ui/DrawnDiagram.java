package dev.zmqstudio.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

import java.util.ArrayList;
import java.util.List;

/** What the canvas really draws, read from its scene graph in scene coordinates (call on the FX thread). */
final class DrawnDiagram {
    private DrawnDiagram() {
    }

    /** A text drawn on screen: what it says, its size on screen in pixels, where it is. */
    record DrawnText(String text, double screenPx, Bounds bounds, Node owner) {
    }

    /** Whether {@code n} and every ancestor up to {@code root} is visible and not transparent. */
    static boolean shown(Node n, Node root) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
            if (p == root) {
                return true;
            }
        }
        return true;
    }

    /** Every non-empty text shown under {@code root} (labels' and shapes' alike) with its size on screen. */
    static List<DrawnText> texts(Node root) {
        List<DrawnText> found = new ArrayList<>();
        collect(root, root, found);
        return found;
    }

    private static void collect(Node n, Node root, List<DrawnText> found) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            Transform toScene = t.getLocalToSceneTransform();
            double scale = Math.hypot(toScene.getMxx(), toScene.getMyx());
            Node owner = t.getParent() instanceof javafx.scene.control.Labeled ? t.getParent() : t;
            found.add(new DrawnText(t.getText(), t.getFont().getSize() * scale, t.localToScene(t.getBoundsInLocal()), owner));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, root, found);
            }
        }
    }

    /** The scene bounds of every shown node matching {@code selector} under {@code root}. */
    static List<Bounds> boxes(Node root, String selector) {
        return root.lookupAll(selector).stream().filter(n -> shown(n, root))
                .map(n -> n.localToScene(n.getBoundsInLocal())).toList();
    }

    /** {@code a} and {@code b} overlap by more than a hair (touching edges do not count). */
    static boolean overlap(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5
                && a.getMinY() < b.getMaxY() - 0.5 && b.getMinY() < a.getMaxY() - 0.5;
    }

    /**
     * What is wrong with the diagram as the next frame shows it: labels beside wires and links that overlap a node
     * or each other, and text drawn smaller than 8 px (9 px for those labels). Call on the FX thread.
     */
    static List<String> problems(DesignerWindow window, String where) {
        List<String> problems = new ArrayList<>();
        window.scene().getRoot().applyCss();
        window.scene().getRoot().layout();
        Node canvas = window.canvas();
        List<Bounds> nodes = boxes(canvas, ".node-body");
        List<Node> labels = new ArrayList<>(canvas.lookupAll(".wire-label"));
        labels.addAll(canvas.lookupAll(".link-label"));
        List<javafx.scene.control.Label> shown = labels.stream().filter(l -> shown(l, canvas))
                .map(javafx.scene.control.Label.class::cast).toList();
        for (int i = 0; i < shown.size(); i++) {
            Bounds a = shown.get(i).localToScene(shown.get(i).getBoundsInLocal());
            for (Bounds node : nodes) {
                if (overlap(a, node)) {
                    problems.add(where + ": label '" + shown.get(i).getText() + "' overlaps a node");
                }
            }
            for (int j = i + 1; j < shown.size(); j++) {
                if (overlap(a, shown.get(j).localToScene(shown.get(j).getBoundsInLocal()))) {
                    problems.add(where + ": labels '" + shown.get(i).getText() + "' and '" + shown.get(j).getText() + "' overlap");
                }
            }
        }
        for (DrawnText t : texts(window.canvas().world())) {
            boolean beside = t.owner().getStyleClass().contains("wire-label") || t.owner().getStyleClass().contains("link-label");
            double least = beside ? 9 : 8;
            if (t.screenPx() < least - 0.05) {
                problems.add(where + ": '" + t.text() + "' drawn at " + String.format(java.util.Locale.ROOT, "%.1f", t.screenPx()) + " px");
            }
        }
        return problems;
    }
}
