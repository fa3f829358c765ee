package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Wire;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * duplicate-id: nodes, wires and links share one id space, since the UI and reports address them by id.
 * ids-differ-by-case (a warning): "Pusher" beside "pusher" reads as one name in logs and reports, and becomes one
 * file name on a case-insensitive file system.
 */
final class UniqueIdRule implements Rule {

    private record Use(String id, SubjectKind kind) {
    }

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        Map<String, SubjectKind> firstUse = new HashMap<>();
        Map<String, Use> byFoldedCase = new HashMap<>();
        for (Node node : topology.topology().nodes()) {
            claim(node.id(), SubjectKind.NODE, firstUse, byFoldedCase, findings);
        }
        for (Wire wire : topology.topology().wires()) {
            claim(wire.id(), SubjectKind.WIRE, firstUse, byFoldedCase, findings);
        }
        for (Link link : topology.topology().links()) {
            claim(link.id(), SubjectKind.LINK, firstUse, byFoldedCase, findings);
        }
    }

    private static void claim(String id, SubjectKind kind, Map<String, SubjectKind> firstUse, Map<String, Use> byFoldedCase,
                              Findings findings) {
        SubjectKind earlier = firstUse.putIfAbsent(id, kind);
        if (earlier != null) {
            findings.error("duplicate-id", kind, id,
                    "the id \"" + id + "\" is already used by a " + name(earlier)
                            + "; ids must be unique across nodes, wires and links",
                    "rename this " + name(kind));
            return;
        }
        Use similar = byFoldedCase.putIfAbsent(id.toLowerCase(Locale.ROOT), new Use(id, kind));
        if (similar != null) {
            findings.warning("ids-differ-by-case", kind, id,
                    "the id \"" + id + "\" differs from the " + name(similar.kind()) + " \"" + similar.id()
                            + "\" only by case; logs and reports will be hard to read",
                    "rename this " + name(kind));
        }
    }

    private static String name(SubjectKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
