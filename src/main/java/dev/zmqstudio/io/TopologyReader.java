package dev.zmqstudio.io;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Command;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.NodeType;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.model.generate.FlowLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a located JSON tree of format 1 onto the model. Checks the shape of the file only (fields, types,
 * enumerations); whether the topology makes sense is {@link dev.zmqstudio.model.Validator}'s job.
 */
final class TopologyReader {

    private static final String SUPPORTED_FORMATS = String.valueOf(FormatFields.FORMAT);

    private TopologyReader() {
    }

    static LocatedTopology read(Json.Obj root, String source) throws TopologyFormatException {
        FieldReader top = new FieldReader(source, root, "the topology");
        long format = top.requiredWholeNumber("format");
        if (format != FormatFields.FORMAT) {
            throw top.errorAtField("format", "unsupported format " + format + "; supported formats: " + SUPPORTED_FORMATS);
        }
        top.allowOnly(FormatFields.TOPOLOGY);
        top.string("$schema", "");
        top.require("nodes");
        Topology topology = new Topology(
                top.string("name", ""),
                top.string("description", ""),
                settings(top),
                nodes(top),
                wires(top),
                links(top),
                FaultReader.scenario(top));
        topology = FlowLayout.placeUnplaced(topology, withoutLayout(top.array("nodes")));
        Map<Problem.SubjectKind, Map<String, LocatedTopology.Position>> starts = Map.of(
                Problem.SubjectKind.NODE, starts(top.array("nodes")),
                Problem.SubjectKind.WIRE, starts(top.array("wires")),
                Problem.SubjectKind.LINK, starts(top.array("links")));
        Map<Problem.SubjectKind, Map<String, Map<String, LocatedTopology.Position>>> fields = Map.of(
                Problem.SubjectKind.NODE, fields(top.array("nodes")),
                Problem.SubjectKind.WIRE, fields(top.array("wires")),
                Problem.SubjectKind.LINK, fields(top.array("links")),
                Problem.SubjectKind.TOPOLOGY, Map.of(LocatedTopology.TOPOLOGY_ID, topologyFields(root, top)));
        return new LocatedTopology(topology, source, starts, fields);
    }

    /** Where each field's value is, by dotted path ("behaviour.rate"), for each item with an id (the first of equal ids). */
    private static Map<String, Map<String, LocatedTopology.Position>> fields(List<Json> items) {
        Map<String, Map<String, LocatedTopology.Position>> fields = new HashMap<>();
        for (Json item : items) {
            if (item instanceof Json.Obj object && object.members().get("id") instanceof Json.Member(_, _, Json.Str id)
                    && !fields.containsKey(id.value())) {
                Map<String, LocatedTopology.Position> paths = new HashMap<>();
                collect(object, "", paths);
                fields.put(id.value(), paths);
            }
        }
        return fields;
    }

    private static void collect(Json.Obj object, String prefix, Map<String, LocatedTopology.Position> paths) {
        for (Json.Member member : object.members().values()) {
            String path = prefix + member.name();
            paths.put(path, new LocatedTopology.Position(member.value().location().line(), member.value().location().column()));
            if (member.value() instanceof Json.Obj nested) {
                collect(nested, path + ".", paths);
            }
        }
    }

    /** The topology's own fields: its scenario events ("scenario.2") and its settings ("settings.logPublisher"). */
    private static Map<String, LocatedTopology.Position> topologyFields(Json.Obj root, FieldReader top)
            throws TopologyFormatException {
        Map<String, LocatedTopology.Position> at = numbered("scenario", top.array("scenario"));
        if (root.members().get("settings") instanceof Json.Member(_, _, Json.Obj settings)) {
            collect(settings, "settings.", at);
        }
        return at;
    }

    /** Where each item of an array starts, as "name.1", "name.2"... */
    private static Map<String, LocatedTopology.Position> numbered(String name, List<Json> items) {
        Map<String, LocatedTopology.Position> at = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Json.Location location = items.get(i).location();
            at.put(name + "." + (i + 1), new LocatedTopology.Position(location.line(), location.column()));
        }
        return at;
    }

    /** Where in the file's nodes those without a layout are: they are placed by how messages flow, not on one spot. */
    private static Set<Integer> withoutLayout(List<Json> nodes) {
        Set<Integer> indexes = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof Json.Obj object && !object.members().containsKey("layout")) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** Where each item with an id starts; the first of two equal ids wins, as in the validator's lookups. */
    private static Map<String, LocatedTopology.Position> starts(List<Json> items) {
        Map<String, LocatedTopology.Position> starts = new HashMap<>();
        for (Json item : items) {
            if (item instanceof Json.Obj object && object.members().get("id") instanceof Json.Member(_, _, Json.Str id)) {
                Json.Location at = object.location();
                starts.putIfAbsent(id.value(), new LocatedTopology.Position(at.line(), at.column()));
            }
        }
        return starts;
    }

    private static Settings settings(FieldReader top) throws TopologyFormatException {
        var found = top.object("settings", "settings");
        if (found.isEmpty()) {
            return Settings.DEFAULTS;
        }
        FieldReader settings = found.get();
        settings.allowOnly(FormatFields.SETTINGS);
        return new Settings(
                settings.bool("waitForConnections", Settings.DEFAULTS.waitForConnections()),
                settings.choice("placement", Choices.DEFAULT_PLACEMENTS, Settings.DEFAULTS.defaultPlacement()),
                settings.intNumber("expressionBudgetMs", Settings.DEFAULT_EXPRESSION_BUDGET_MS,
                        Settings.MIN_EXPRESSION_BUDGET_MS, Settings.MAX_EXPRESSION_BUDGET_MS),
                settings.string("logPublisher", null),
                settings.bool("curve", false));
    }

    private static List<Node> nodes(FieldReader top) throws TopologyFormatException {
        List<Json> items = top.array("nodes");
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FieldReader anonymous = top.item(items.get(i), "nodes", "nodes[" + i + "]");
            String id = anonymous.requiredString("id");
            FieldReader node = top.item(items.get(i), "nodes", "node \"" + id + "\"");
            NodeType type = node.requiredChoice("type", Choices.NODE_TYPES);
            nodes.add(switch (type) {
                case SocketType socket -> socketNode(node, id, socket);
                case DeviceType device -> deviceNode(node, id, device);
            });
        }
        return nodes;
    }

    private static SocketNode socketNode(FieldReader node, String id, SocketType type) throws TopologyFormatException {
        for (String deviceOnly : List.of("frontend", "backend")) {
            if (node.has(deviceOnly)) {
                throw node.misplaced(deviceOnly, "is only for devices (QUEUE, FORWARDER, STREAMER); a " + type
                        + " socket node has \"binds\", \"options\" and \"behaviour\"");
            }
        }
        node.allowOnly(FormatFields.SOCKET_NODE);
        SocketSpec socket = new SocketSpec(type, node.strings("binds"), options(node, "the options of " + node.context()));
        var behaviour = node.object("behaviour", "the behaviour of " + node.context());
        return new SocketNode(id, node.string("label", ""), socket,
                behaviour.isPresent() ? BehaviourReader.read(behaviour.get()) : Behaviour.Passive.INSTANCE,
                placement(node), layout(node), command(node), node.string("process", null), node.string("logs", null),
                node.string("host", null));
    }

    private static DeviceNode deviceNode(FieldReader node, String id, DeviceType type) throws TopologyFormatException {
        for (String socketOnly : List.of("binds", "options", "behaviour")) {
            if (node.has(socketOnly)) {
                throw node.misplaced(socketOnly, "does not belong on a " + type
                        + " device; a device has \"frontend\" and \"backend\" sides, each with \"binds\" and \"options\"");
            }
        }
        node.allowOnly(FormatFields.DEVICE_NODE);
        return new DeviceNode(id, node.string("label", ""), type,
                deviceSide(node, "frontend", type.frontend()),
                deviceSide(node, "backend", type.backend()),
                placement(node), layout(node), command(node), node.string("process", null), node.string("host", null));
    }

    private static SocketSpec deviceSide(FieldReader node, String side, SocketType type) throws TopologyFormatException {
        var found = node.object(side, "the " + side + " of " + node.context());
        if (found.isEmpty()) {
            return SocketSpec.of(type);
        }
        FieldReader spec = found.get();
        spec.allowOnly(FormatFields.DEVICE_SIDE);
        return new SocketSpec(type, spec.strings("binds"), options(spec, "the options of " + spec.context()));
    }

    private static SocketOptions options(FieldReader owner, String context) throws TopologyFormatException {
        var found = owner.object("options", context);
        if (found.isEmpty()) {
            return SocketOptions.DEFAULTS;
        }
        FieldReader options = found.get();
        options.allowOnly(FormatFields.OPTIONS);
        return new SocketOptions(
                options.intNumber("sendHwm", SocketOptions.DEFAULT_HWM, 0),
                options.intNumber("receiveHwm", SocketOptions.DEFAULT_HWM, 0),
                options.strings("subscriptions"),
                options.string("identity", null));
    }

    private static Placement placement(FieldReader node) throws TopologyFormatException {
        return node.choice("placement", Choices.PLACEMENTS, Placement.DEFAULT);
    }

    /** "python3 worker.py" (split at spaces) or ["python3", "worker.py"]; absent is null. */
    private static Command command(FieldReader node) throws TopologyFormatException {
        var found = node.stringOrStrings("command");
        if (found.isEmpty()) {
            return null;
        }
        return found.get().oneString() ? Command.ofLine(found.get().items().getFirst())
                : new Command(found.get().items(), false);
    }

    private static Position layout(FieldReader node) throws TopologyFormatException {
        var found = node.object("layout", "the layout of " + node.context());
        if (found.isEmpty()) {
            return Position.ORIGIN;
        }
        FieldReader layout = found.get();
        layout.allowOnly(FormatFields.LAYOUT);
        return new Position(layout.number("x", 0), layout.number("y", 0));
    }

    private static List<Wire> wires(FieldReader top) throws TopologyFormatException {
        List<Json> items = top.array("wires");
        List<Wire> wires = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String id = top.item(items.get(i), "wires", "wires[" + i + "]").requiredString("id");
            FieldReader wire = top.item(items.get(i), "wires", "wire \"" + id + "\"");
            wire.allowOnly(FormatFields.WIRE);
            wires.add(new Wire(id,
                    wire.requiredString("from"), wire.choice("fromSide", Choices.SIDES, Side.MAIN),
                    wire.requiredString("to"), wire.choice("toSide", Choices.SIDES, Side.MAIN),
                    wire.requiredString("endpoint"), FaultReader.faults(wire), wire.bool("curve", false)));
        }
        return wires;
    }

    private static List<Link> links(FieldReader top) throws TopologyFormatException {
        List<Json> items = top.array("links");
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String id = top.item(items.get(i), "links", "links[" + i + "]").requiredString("id");
            FieldReader link = top.item(items.get(i), "links", "link \"" + id + "\"");
            link.allowOnly(FormatFields.LINK);
            links.add(new Link(id, link.requiredString("from"), link.requiredString("to"),
                    link.string("filter", null), link.string("transform", null)));
        }
        return links;
    }
}
