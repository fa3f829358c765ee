package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Ids;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Printable;
import dev.zmqstudio.model.Problem.SubjectKind;

/**
 * bad-process, process-placement: a node's {@code process} names the child process it shares with others; the name
 * follows the id rule, and a node the file runs in-process or leaves to an outside program cannot also be in one.
 */
final class ProcessGroupRule implements Rule {

    @Override
    public void check(TopologyIndex index, Findings findings) {
        for (Node node : index.topology().nodes()) {
            String process = node.process();
            if (process == null) {
                continue;
            }
            Ids.whyInvalid(process).ifPresent(why -> findings.fieldError("bad-process", SubjectKind.NODE, node.id(),
                    "process", "the process name \"" + Printable.escape(process) + "\" " + why + "; a process name is "
                            + Ids.RULE, "rename the process, e.g. to \"" + Ids.suggest(process) + "\""));
            if (node.placement() == Placement.IN_PROCESS || node.placement() == Placement.EXTERNAL) {
                findings.fieldError("process-placement", SubjectKind.NODE, node.id(), "process",
                        "names process \"" + Printable.escape(process) + "\" (a child process) but its placement is "
                                + node.placement().key(),
                        "set its placement to default or child-process, or clear its process");
            }
        }
    }
}
