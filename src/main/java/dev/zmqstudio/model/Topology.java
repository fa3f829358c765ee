package dev.zmqstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A whole diagram: nodes, the wires between their sockets and the same-process links, and the scenario (timed
 * faults, in file order; a run plays them in time order). Immutable.
 */
public record Topology(String name, String description, Settings settings,
                       List<Node> nodes, List<Wire> wires, List<Link> links, List<ScenarioEvent> scenario) {

    /** Version of the JSON format this model corresponds to. */
    public static final int FORMAT = 1;

    public Topology {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        settings = settings == null ? Settings.DEFAULTS : settings;
        nodes = List.copyOf(nodes);
        wires = List.copyOf(wires);
        links = List.copyOf(links);
        scenario = scenario == null ? List.of() : List.copyOf(scenario);
    }

    public Topology(String name, String description, Settings settings,
                    List<Node> nodes, List<Wire> wires, List<Link> links) {
        this(name, description, settings, nodes, wires, links, List.of());
    }

    public static Topology empty(String name) {
        return new Topology(name, "", Settings.DEFAULTS, List.of(), List.of(), List.of());
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Wire> wire(String id) {
        return wires.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    public Optional<Link> link(String id) {
        return links.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public List<Wire> wiresOf(String nodeId) {
        return wires.stream().filter(w -> w.touches(nodeId)).toList();
    }

    public List<Link> linksOf(String nodeId) {
        return links.stream().filter(l -> l.touches(nodeId)).toList();
    }

    /** Whether {@code wire} runs through a fault proxy: it has faults, or the scenario acts on it. */
    public boolean carriesFaults(Wire wire) {
        return wire.faults() != null
                || scenario.stream().anyMatch(e -> e.action().onWire() && e.target().equals(wire.id()));
    }

    /** Whether {@code wire} is secured with CURVE: it says so, or the topology does; never an inproc wire. */
    public boolean secured(Wire wire) {
        return (wire.curve() || settings.curve()) && wire.endpoint() != null && !wire.endpoint().startsWith("inproc://");
    }

    /** Where {@code node} actually runs, with DEFAULT resolved against the settings. */
    public Placement placementOf(Node node) {
        if (node.process() != null && node.placement() != Placement.EXTERNAL) {
            return Placement.CHILD_PROCESS; // a named process is a child process (validation refuses "in-process")
        }
        return node.placement() == Placement.DEFAULT ? settings.defaultPlacement() : node.placement();
    }

    public Topology withScenario(List<ScenarioEvent> events) {
        return new Topology(name, description, settings, nodes, wires, links, events);
    }

    public Topology withDescription(String newDescription) {
        return new Topology(name, newDescription, settings, nodes, wires, links, scenario);
    }

    public Topology withName(String newName) {
        return new Topology(newName, description, settings, nodes, wires, links, scenario);
    }

    public Topology withSettings(Settings newSettings) {
        return new Topology(name, description, newSettings, nodes, wires, links, scenario);
    }

    public Topology withNode(Node node) {
        List<Node> list = new ArrayList<>(nodes);
        list.add(node);
        return new Topology(name, description, settings, list, wires, links, scenario);
    }

    /** Replaces the node with the same id. */
    public Topology replaceNode(Node node) {
        return mapNodes(n -> n.id().equals(node.id()) ? node : n);
    }

    public Topology mapNodes(UnaryOperator<Node> f) {
        return new Topology(name, description, settings, nodes.stream().map(f).toList(), wires, links, scenario);
    }

    /** Removes the node and every wire and link that touches it. */
    public Topology withoutNode(String nodeId) {
        return new Topology(name, description, settings,
                nodes.stream().filter(n -> !n.id().equals(nodeId)).toList(),
                wires.stream().filter(w -> !w.touches(nodeId)).toList(),
                links.stream().filter(l -> !l.touches(nodeId)).toList(), scenario);
    }

    public Topology withWire(Wire wire) {
        List<Wire> list = new ArrayList<>(wires);
        list.add(wire);
        return new Topology(name, description, settings, nodes, list, links, scenario);
    }

    public Topology replaceWire(Wire wire) {
        return new Topology(name, description, settings, nodes,
                wires.stream().map(w -> w.id().equals(wire.id()) ? wire : w).toList(), links, scenario);
    }

    public Topology withoutWire(String wireId) {
        return new Topology(name, description, settings, nodes,
                wires.stream().filter(w -> !w.id().equals(wireId)).toList(), links, scenario);
    }

    public Topology withLink(Link link) {
        List<Link> list = new ArrayList<>(links);
        list.add(link);
        return new Topology(name, description, settings, nodes, wires, list, scenario);
    }

    public Topology replaceLink(Link link) {
        return new Topology(name, description, settings, nodes, wires,
                links.stream().map(l -> l.id().equals(link.id()) ? link : l).toList(), scenario);
    }

    public Topology withoutLink(String linkId) {
        return new Topology(name, description, settings, nodes, wires,
                links.stream().filter(l -> !l.id().equals(linkId)).toList(), scenario);
    }

    /** A fresh id "prefix-N" not used by any node, wire or link. */
    public String freshId(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        for (int i = 1; ; i++) {
            String candidate = prefix + "-" + i;
            if (node(candidate).isEmpty() && wire(candidate).isEmpty() && link(candidate).isEmpty()) {
                return candidate;
            }
        }
    }
}
