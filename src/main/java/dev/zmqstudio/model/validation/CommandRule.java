package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Problem.SubjectKind;

/**
 * command-empty and command-placement: a command names a program, and that program owns the node's socket,
 * so the node is external (the engine opens no socket for it).
 */
final class CommandRule implements Rule {

    @Override
    public void check(TopologyIndex index, Findings findings) {
        for (Node node : index.topology().nodes()) {
            if (!node.hasCommand()) {
                continue;
            }
            if (node.command().isEmpty()) {
                findings.error("command-empty", SubjectKind.NODE, node.id(), "its command names no program",
                        "write the program and its arguments, e.g. \"python3 worker.py\", or remove the command");
            }
            Placement placement = index.topology().placementOf(node);
            if (placement != Placement.EXTERNAL) {
                findings.error("command-placement", SubjectKind.NODE, node.id(),
                        "it launches a command, whose program owns the socket, but it runs " + placement.key(),
                        "set its placement to external, or remove the command");
            }
        }
    }
}
