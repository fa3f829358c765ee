package dev.zmqstudio.ui.properties;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.EndpointSyntaxException;
import dev.zmqstudio.model.Ids;
import dev.zmqstudio.model.Limits;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Printable;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.ui.edit.Editor;
import dev.zmqstudio.ui.edit.Edits;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Property rows of a node: identity, placement, and per socket its binds and options. */
final class NodeRows {

    private final Editor editor;
    private final String nodeId;

    NodeRows(Editor editor, String nodeId) {
        this.editor = editor;
        this.nodeId = nodeId;
    }

    List<SheetItem> build(Node node) {
        Rows rows = new Rows().category("Node")
                .text("id", "Id", "Unique name of the node in the file", node.id(), this::rename)
                .text("label", "Label", "Shown instead of the id when set", node.label(),
                        v -> change("label", n -> n.withLabel(v)))
                .readOnly("type", "Type", node.type().name())
                .choice("placement", "Placement", "Where the node runs",
                        Arrays.stream(Placement.values()).map(Placement::key).toList(), node.placement().key(),
                        v -> change("placement", n -> n.withPlacement(Placement.byKey(v).orElseThrow())))
                .text("process", "Process", "Runs in the child process of this name, with every node of the same name"
                                + " (empty: placement decides)", node.process() == null ? "" : node.process(),
                        v -> change("process", n -> n.withProcess(v.isBlank() ? null : v.strip())))
                .text("host", "Host", "The machine a deployment runs it on; endpoints name hosts (tcp://h1:5601), which"
                                + " a run on this machine maps to 127.0.0.1 (empty: host \"" + Node.DEFAULT_HOST + "\")",
                        node.host() == null ? "" : node.host(),
                        v -> change("host", n -> n.withHost(v.isBlank() ? null : v.strip())));
        if (node instanceof SocketNode socketNode && (node.placement() == Placement.EXTERNAL || node.logs() != null)) {
            rows.text("logs", "Logs from", "The program's log PUB (pyzmq PUBHandler), shown in the Console under this"
                            + " node, e.g. tcp://127.0.0.1:5566 (empty: none)", node.logs() == null ? "" : node.logs(),
                    v -> change("logs", n -> ((SocketNode) n).withLogs(v.isBlank() ? null : v.strip())));
        }
        for (Side side : node.sides()) {
            SocketSpec spec = node.socket(side);
            String prefix = side == Side.MAIN ? "" : side.key() + "-";
            rows.category(side == Side.MAIN ? "Socket" : capital(side.key()) + " (" + spec.type() + ")");
            socketRows(rows, prefix, side, spec);
        }
        if (node instanceof SocketNode socketNode) {
            new BehaviourRows(this::change).add(rows, socketNode);
        }
        return rows.build();
    }

    private void socketRows(Rows rows, String prefix, Side side, SocketSpec spec) {
        SocketOptions o = spec.options();
        rows.text(prefix + "binds", "Binds", "Endpoints this socket binds, comma separated (tcp://host:port, inproc://name)",
                        String.join(", ", spec.binds()), v -> changeBinds(side, v))
                .integer(prefix + "send-hwm", "Send HWM", "High-water mark for outgoing messages", o.sendHwm(),
                        v -> changeOptions(side, "send HWM", x -> x.withHwm(positive(v), x.receiveHwm())))
                .integer(prefix + "receive-hwm", "Receive HWM", "High-water mark for incoming messages", o.receiveHwm(),
                        v -> changeOptions(side, "receive HWM", x -> x.withHwm(x.sendHwm(), positive(v))));
        if (spec.type() == SocketType.SUB || spec.type() == SocketType.XSUB) {
            rows.text(prefix + "subscriptions", "Subscriptions", "Topic prefixes, comma separated; \"\" = everything",
                    Rows.joinList(o.subscriptions()),
                    v -> changeOptions(side, "subscriptions", x -> x.withSubscriptions(Rows.splitList(v))));
        }
        rows.text(prefix + "identity", "Identity", "Routing id that ROUTER peers see (empty: ZeroMQ picks)",
                o.identity() == null ? "" : o.identity(),
                v -> changeOptions(side, "identity", x -> x.withIdentity(v.isBlank() ? null : v)));
    }

    private String rename(String newId) {
        if (newId.equals(nodeId)) {
            return null;
        }
        var why = Ids.whyInvalid(newId);
        if (why.isPresent()) {
            return "'" + Printable.escape(newId) + "' " + why.get() + "; an id is " + Ids.RULE;
        }
        var t = editor.topology();
        if (t.node(newId).isPresent() || t.wire(newId).isPresent() || t.link(newId).isPresent()) {
            return "'" + newId + "' is already used";
        }
        boolean wasSelected = editor.selection().contains(nodeId);
        if (editor.execute(Edits.renameNode(nodeId, newId)) && wasSelected) {
            editor.selection().selectOnly(newId);
        }
        return null;
    }

    private String changeBinds(Side side, String text) {
        List<String> binds = Rows.splitList(text);
        for (String b : binds) {
            try {
                Endpoint.parse(b);
            } catch (EndpointSyntaxException e) {
                return e.getMessage();
            }
        }
        return change("binds", n -> n.withSocket(side, n.socket(side).withBinds(binds)));
    }

    private String changeOptions(Side side, String what, UnaryOperator<SocketOptions> f) {
        return change(what, n -> n.withSocket(side, n.socket(side).withOptions(f.apply(n.socket(side).options()))));
    }

    /** Runs a node edit built from the node as it is now; null when done, else why not. */
    String change(String what, UnaryOperator<Node> f) {
        Node current = editor.topology().node(nodeId).orElse(null);
        if (current == null) {
            return "the node " + nodeId + " no longer exists";
        }
        Node changed;
        try {
            changed = f.apply(current);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (!changed.equals(current)) {
            editor.execute(Edits.changeNode(what, changed));
        }
        return null;
    }

    private static int positive(long v) {
        if (Limits.HWM.whyNot(v).isPresent()) {
            throw new IllegalArgumentException(Limits.HWM.fix());
        }
        return (int) v;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
