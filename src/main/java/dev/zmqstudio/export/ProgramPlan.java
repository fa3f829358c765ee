package dev.zmqstudio.export;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What every exported set of programs shares, whatever the language: the units (a node, or nodes joined by links or
 * inproc wires, which must share a process and so a program), named legally in the language; each socket's connects
 * and how many handshakes and subscriptions it waits for before the start gate; the order run_all.sh starts them in;
 * and what cannot be exported (external nodes, faults, the scenario).
 */
final class ProgramPlan {
    /** A socket of a node: its name in the program, the endpoints it connects, what it waits for before the gate. */
    record SocketFacts(String variable, String label, SocketType type, List<String> binds, List<String> connects,
                       int wires, int subscriptionsExpected) {
    }

    final Topology t;
    final List<String> notes = new ArrayList<>();
    final Map<String, List<Node>> units = new LinkedHashMap<>();
    private final Names variables;

    ProgramPlan(Topology t, Set<String> reserved) {
        this.t = t;
        List<String> socketNames = new ArrayList<>();
        for (Node n : exported()) {
            for (Side side : n.sides()) {
                socketNames.add(socketKey(n, side));
            }
        }
        this.variables = new Names(socketNames, reserved);
        groupUnits(reserved);
        t.nodes().stream().filter(n -> t.placementOf(n) == Placement.EXTERNAL).forEach(n -> notes.add("node " + n.id()
                + " is a program we do not run (external): not exported; start it yourself"));
        if (t.settings().logPublisher() != null) {
            notes.add("the log publisher (" + t.settings().logPublisher() + ") is not exported: the programs print"
                    + " their lines; pyzmq's PUBHandler publishes Python's");
        }
        t.wires().stream().filter(w -> w.faults() != null && !w.faults().equals(dev.zmqstudio.model.WireFaults.NONE))
                .forEach(w -> notes.add("wire " + w.id() + ": its faults (" + w.faults().label() + ") are not exported"));
        if (!t.scenario().isEmpty()) {
            notes.add("the scenario (" + t.scenario().size() + " timed faults) is not exported");
        }
    }

    private List<Node> exported() {
        return t.nodes().stream().filter(n -> t.placementOf(n) != Placement.EXTERNAL).toList();
    }

    private static String socketKey(Node n, Side side) {
        return n.sides().size() > 1 ? n.id() + "-" + side.key() : n.id();
    }

    /** The program's name for the socket of {@code node} at {@code side} (a node's only socket: its own name). */
    String variable(String nodeId, Side side) {
        return variables.of(t.node(nodeId).map(n -> socketKey(n, side)).orElse(nodeId));
    }

    String variable(String nodeId) {
        return variables.of(nodeId);
    }

    /** Nodes joined by a link or an inproc wire run in one program (one context), as in the engine. */
    private void groupUnits(Set<String> reserved) {
        Map<String, String> parent = new LinkedHashMap<>();
        exported().forEach(n -> parent.put(n.id(), n.id()));
        java.util.function.UnaryOperator<String>[] root = new java.util.function.UnaryOperator[1];
        root[0] = id -> parent.get(id).equals(id) ? id : root[0].apply(parent.get(id));
        java.util.function.BiConsumer<String, String> join = (a, b) -> {
            if (parent.containsKey(a) && parent.containsKey(b)) {
                parent.put(root[0].apply(a), root[0].apply(b));
            }
        };
        t.links().forEach(l -> join.accept(l.from(), l.to()));
        t.wires().stream().filter(w -> Endpoint.parse(w.endpoint()).transport() == Transport.INPROC)
                .forEach(w -> join.accept(w.from(), w.to()));
        Map<String, List<Node>> byRoot = new LinkedHashMap<>();
        for (Node n : exported()) {
            byRoot.computeIfAbsent(root[0].apply(n.id()), r -> new ArrayList<>()).add(n);
        }
        Names names = new Names(byRoot.values().stream().map(g -> g.getFirst().id()).toList(), reserved);
        byRoot.values().forEach(g -> units.put(names.of(g.getFirst().id()), g));
    }

    SocketFacts socket(Node n, Side side) {
        SocketType type = n.socket(side).type();
        List<String> connects = new ArrayList<>();
        int wires = 0;
        int subscriptions = 0;
        for (Wire w : t.wires()) {
            boolean connector = w.from().equals(n.id()) && w.fromSide() == side;
            boolean binder = w.to().equals(n.id()) && w.toSide() == side;
            if (!connector && !binder) {
                continue;
            }
            Node other = t.node(connector ? w.to() : w.from()).orElse(null);
            if (connector) {
                connects.add(w.endpoint());
            }
            boolean otherExported = other != null && t.placementOf(other) != Placement.EXTERNAL;
            if (otherExported && Endpoint.parse(w.endpoint()).transport() != Transport.INPROC) {
                wires++;
            }
            if ((type == SocketType.PUB || type == SocketType.XPUB) && other != null
                    && subscribes(other, connector ? w.toSide() : w.fromSide())) {
                subscriptions++;
            }
        }
        String label = socketKey(n, side).equals(n.id()) ? n.id() : n.id() + "." + side.key();
        return new SocketFacts(variables.of(socketKey(n, side)), label, type, n.socket(side).binds(), connects, wires, subscriptions);
    }

    /** Whether the socket at {@code side} of {@code node} sends a subscription upstream once connected. */
    private boolean subscribes(Node node, Side side) {
        if (node instanceof SocketNode s) {
            return (s.type() == SocketType.SUB || s.type() == SocketType.XSUB) && !s.socket().options().subscriptions().isEmpty();
        }
        // A forwarder's XSUB frontend relays the subscriptions of the subscribers behind its backend.
        return node instanceof DeviceNode d && d.type() == DeviceType.FORWARDER && side == Side.FRONTEND
                && t.wires().stream().anyMatch(w -> (w.to().equals(d.id()) && w.toSide() == Side.BACKEND
                || w.from().equals(d.id()) && w.fromSide() == Side.BACKEND)
                && t.node(w.to().equals(d.id()) ? w.from() : w.to()).map(o -> subscribes(o, Side.MAIN)).orElse(false));
    }

    /** The units, those that bind first: the order run_all.sh starts them in. */
    List<String> startOrder() {
        List<String> order = new ArrayList<>(units.keySet());
        order.sort((a, c) -> Boolean.compare(!binds(units.get(a)), !binds(units.get(c))));
        return order;
    }

    /** How many units run a generator or requester (each marks itself done when it has sent all). */
    long senderUnits() {
        return units.values().stream().filter(g -> g.stream().anyMatch(ProgramPlan::sends)).count();
    }

    private static boolean binds(List<Node> nodes) {
        return nodes.stream().anyMatch(n -> n.sides().stream().anyMatch(s -> !n.socket(s).binds().isEmpty()));
    }

    private static boolean sends(Node n) {
        return n instanceof SocketNode s && (s.behaviour() instanceof Behaviour.Generator || s.behaviour() instanceof Behaviour.Requester);
    }

    /** A node's behaviour's frames: its frame templates, or its one template. */
    static List<String> frames(String template, List<String> frames) {
        return frames.isEmpty() ? List.of(Objects.requireNonNullElse(template, "")) : frames;
    }

    /** The port of a node's first bind, for {port}. */
    static String firstPort(SocketNode s) {
        if (s.socket().binds().isEmpty()) {
            return "";
        }
        String endpoint = s.socket().binds().getFirst();
        int colon = endpoint.lastIndexOf(':');
        return colon < 0 ? "" : endpoint.substring(colon + 1);
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * run_all.sh: {@code header} (comment lines), {@code setup} (shell lines), then {@code start} of each unit's name
     * (the command that runs it) in the background, binders first; it waits for every sender and stops them all.
     */
    String runAll(String header, String setup, java.util.function.Function<String, String> start) {
        StringBuilder b = new StringBuilder("#!/bin/sh\n").append(header);
        b.append("# Starts every unit (those that bind first), waits until every generator and requester has finished,\n")
                .append("# lets the last messages settle, then stops them all; each writes its counts to run/counts/.\n")
                .append("cd \"$(dirname \"$0\")\" || exit 2\n")
                .append("rm -rf run && mkdir -p run/ready run/done run/counts\n")
                .append(setup).append("pids=\"\"\n");
        for (String unit : startOrder()) {
            b.append(start.apply(unit)).append(" & pids=\"$pids $!\"\n");
        }
        return b.append(waitAndStop()).toString();
    }

    private String waitAndStop() {
        StringBuilder b = new StringBuilder();
        b.append("deadline=$(( $(date +%s) + ${TIMEOUT:-300} ))\n")
                .append("while [ \"$(ls run/done | wc -l)\" -lt ").append(senderUnits()).append(" ]; do\n")
                .append("  if [ \"$(date +%s)\" -ge \"$deadline\" ]; then echo \"run_all.sh: timed out\" >&2; kill $pids; exit 1; fi\n")
                .append("  for p in $pids; do kill -0 \"$p\" 2>/dev/null || { echo \"run_all.sh: a unit stopped early\" >&2; kill $pids 2>/dev/null; exit 1; }; done\n")
                .append("  sleep 0.1\ndone\n")
                .append("sleep ${SETTLE:-1.5}\n")
                .append("kill -TERM $pids 2>/dev/null\nstatus=0\nfor p in $pids; do wait \"$p\" || status=1; done\nexit $status\n");
        return b.toString();
    }

    /**
     * {@code s} as a double-quoted string literal, as Python and Java both read one: backslash, quote, line feed,
     * carriage return and tab escaped; any other control character written by {@code controlFormat} from its code
     * ({@code \\x%02x}, {@code \\u%04x}).
     */
    static String quoted(String s, String controlFormat) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format(controlFormat, (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    /** A runtime written beside the programs ({@code zsrt.py}, {@code Zsrt.java}), from this package's resources. */
    static String resource(String name) {
        try (java.io.InputStream in = ProgramPlan.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
