package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Transport;

import java.util.Optional;

/**
 * The endpoints logs travel on.
 * log-publisher-endpoint: the topology's {@code logPublisher} is a tcp or ipc address (a logger in another program
 * must reach it). log-publisher-clash: no node of ours binds it (the run's main process does). log-publisher-stand-in:
 * an external node binding it stands for the run's log publisher, so it is a PUB (or XPUB), as subscribers expect.
 * logs-placement and logs-endpoint: a node's {@code logs} names an external program's log PUB, a tcp or ipc address.
 */
final class LogEndpointRule implements Rule {

    @Override
    public void check(TopologyIndex index, Findings findings) {
        String publisher = index.topology().settings().logPublisher();
        if (publisher != null) {
            reachable(publisher).ifPresentOrElse(endpoint -> checkBinders(index, publisher, endpoint, findings),
                    () -> findings.topologyError("log-publisher-endpoint", "settings.logPublisher",
                            "the log publisher '" + publisher + "' is not a tcp:// or ipc:// address"
                                    + problemWith(publisher),
                            "write an address another program can connect to, e.g. \"tcp://127.0.0.1:5565\""));
        }
        for (Node node : index.topology().nodes()) {
            if (node.logs() == null) {
                continue;
            }
            if (index.topology().placementOf(node) != Placement.EXTERNAL) {
                findings.fieldError("logs-placement", SubjectKind.NODE, node.id(), "logs",
                        "it reads a program's log publisher, but it runs " + index.topology().placementOf(node).key()
                                + "; only a program outside the app has its own logs to read",
                        "set its placement to external, or remove \"logs\"");
            } else if (reachable(node.logs()).isEmpty()) {
                findings.fieldError("logs-endpoint", SubjectKind.NODE, node.id(), "logs",
                        "its logs endpoint '" + node.logs() + "' is not a tcp:// or ipc:// address" + problemWith(node.logs()),
                        "write the address the program's log PUB binds, e.g. \"tcp://127.0.0.1:5566\"");
            }
        }
    }

    private static void checkBinders(TopologyIndex index, String text, Endpoint publisher, Findings findings) {
        for (TopologyIndex.Bind bind : index.binds()) {
            if (bind.endpoint().isEmpty() || !bind.endpoint().get().clashesWith(publisher)) {
                continue;
            }
            String who = TopologyIndex.describe(bind.node(), bind.side());
            if (!index.isExternal(bind.node())) {
                findings.error("log-publisher-clash", SubjectKind.NODE, bind.node().id(),
                        who + " binds '" + bind.text() + "', where the run's log publisher binds '" + text + "'",
                        "bind another address, or change settings.logPublisher");
            } else if (bind.node().type() != SocketType.PUB && bind.node().type() != SocketType.XPUB) {
                findings.error("log-publisher-stand-in", SubjectKind.NODE, bind.node().id(),
                        who + " binds the log publisher's address '" + text + "', so it stands for the run's log"
                                + " publisher, which is a PUB, not a " + bind.node().type(),
                        "make it a PUB node, or bind another address");
            }
        }
    }

    /** The endpoint when it parses and another program can reach it (tcp or ipc). */
    private static Optional<Endpoint> reachable(String text) {
        return EndpointCheck.of(text) instanceof EndpointCheck.Valid(Endpoint endpoint)
                && endpoint.transport() != Transport.INPROC ? Optional.of(endpoint) : Optional.empty();
    }

    private static String problemWith(String text) {
        return switch (EndpointCheck.of(text)) {
            case EndpointCheck.Invalid invalid -> ": " + invalid.message();
            case EndpointCheck.PortOutOfRange range -> ": " + range.message();
            case EndpointCheck.Valid valid -> " (inproc reaches only sockets of the same process)";
        };
    }
}
