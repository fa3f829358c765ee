package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Ids;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Printable;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Wire;

import java.util.Locale;

/** bad-id: every node, wire and link id follows {@link Ids}' rule. */
final class IdSyntaxRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (Node node : topology.topology().nodes()) {
            check(node.id(), SubjectKind.NODE, findings, " (and where wires and links name it)");
        }
        for (Wire wire : topology.topology().wires()) {
            check(wire.id(), SubjectKind.WIRE, findings, "");
        }
        for (Link link : topology.topology().links()) {
            check(link.id(), SubjectKind.LINK, findings, "");
        }
    }

    private static void check(String id, SubjectKind kind, Findings findings, String alsoRename) {
        Ids.whyInvalid(id).ifPresent(why -> findings.fieldError("bad-id", kind, id, "id",
                "the id \"" + Printable.escape(id) + "\" " + why + "; an id is " + Ids.RULE,
                "rename this " + kind.name().toLowerCase(Locale.ROOT) + alsoRename + ", e.g. to \"" + Ids.suggest(id) + "\""));
    }
}
