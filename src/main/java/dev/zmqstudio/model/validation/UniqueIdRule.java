package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Wire;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** duplicate-id: nodes, wires and links share one id space, since the UI and reports address them by id. */
final class UniqueIdRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        Map<String, SubjectKind> firstUse = new HashMap<>();
        for (Node node : topology.topology().nodes()) {
            claim(node.id(), SubjectKind.NODE, firstUse, findings);
        }
        for (Wire wire : topology.topology().wires()) {
            claim(wire.id(), SubjectKind.WIRE, firstUse, findings);
        }
        for (Link link : topology.topology().links()) {
            claim(link.id(), SubjectKind.LINK, firstUse, findings);
        }
    }

    private static void claim(String id, SubjectKind kind, Map<String, SubjectKind> firstUse, Findings findings) {
        SubjectKind earlier = firstUse.putIfAbsent(id, kind);
        if (earlier != null) {
            findings.error("duplicate-id", kind, id,
                    "the id \"" + id + "\" is already used by a " + name(earlier)
                            + "; ids must be unique across nodes, wires and links",
                    "rename this " + name(kind));
        }
    }

    private static String name(SubjectKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
