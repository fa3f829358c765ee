package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Wire;

import java.util.List;
import java.util.Optional;

/**
 * bind-clash: an address can be bound once; the second bind would fail with "address already in use".
 * both-bind: the clash is between the two ends of one wire, the classic "both sides bind" mistake: one end must
 * connect instead. Binds on different hosts only clash when the design runs on one machine: a warning.
 */
final class BindClashRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        List<TopologyIndex.Bind> binds = topology.binds();
        for (int later = 0; later < binds.size(); later++) {
            TopologyIndex.Bind bind = binds.get(later);
            if (bind.endpoint().isEmpty()) {
                continue;
            }
            Endpoint endpoint = bind.endpoint().get();
            for (TopologyIndex.Bind earlier : binds.subList(0, later)) {
                if (earlier.endpoint().isPresent() && earlier.endpoint().get().clashesWith(endpoint)) {
                    report(topology, bind, earlier, findings);
                    break;
                }
            }
        }
    }

    private static void report(TopologyIndex topology, TopologyIndex.Bind bind, TopologyIndex.Bind earlier, Findings findings) {
        String who = TopologyIndex.describe(bind.node(), bind.side());
        if (earlier.node() == bind.node() && earlier.side() == bind.side()) {
            findings.pitfallError("bind-clash", SubjectKind.NODE, bind.node().id(),
                    who + " binds '" + bind.text() + "' twice; an address can be bound only once",
                    "remove one of the two binds", Guide.PLUGGING_SOCKETS);
            return;
        }
        String other = TopologyIndex.describe(earlier.node(), earlier.side());
        if (!earlier.node().hostOrDefault().equals(bind.node().hostOrDefault())) {
            findings.pitfall("bind-clash", SubjectKind.NODE, bind.node().id(),
                    who + " on host " + bind.node().hostOrDefault() + " binds '" + bind.text() + "' and " + other
                            + " on host " + earlier.node().hostOrDefault() + " binds '" + earlier.text()
                            + "': deployed on two machines they do not clash, but run on this one the second bind fails",
                    "bind another port to try it on one machine", Guide.PLUGGING_SOCKETS);
            return;
        }
        Optional<Wire> between = wireBetween(topology, bind, earlier);
        if (between.isPresent()) {
            findings.pitfallError("both-bind", SubjectKind.WIRE, between.get().id(),
                    "both ends bind: " + other + " binds '" + earlier.text() + "' and " + who + " binds '" + bind.text()
                            + "'; the second bind fails with \"address already in use\" and nothing flows",
                    "remove the bind from the end that connects (\"" + between.get().from() + "\")", Guide.PLUGGING_SOCKETS);
            return;
        }
        findings.pitfallError("bind-clash", SubjectKind.NODE, bind.node().id(),
                who + " binds '" + bind.text() + "', which clashes with '" + earlier.text() + "' bound by " + other
                        + "; an address can be bound only once",
                "bind another port, or connect to the existing bind instead", Guide.PLUGGING_SOCKETS);
    }

    private static Optional<Wire> wireBetween(TopologyIndex topology, TopologyIndex.Bind a, TopologyIndex.Bind b) {
        return topology.topology().wires().stream()
                .filter(w -> joins(w, a, b) || joins(w, b, a))
                .findFirst();
    }

    private static boolean joins(Wire wire, TopologyIndex.Bind connector, TopologyIndex.Bind binder) {
        return wire.from().equals(connector.node().id()) && wire.fromSide() == connector.side()
                && wire.to().equals(binder.node().id()) && wire.toSide() == binder.side();
    }
}
