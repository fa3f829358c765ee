package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.OutputPath;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.SocketNode;

import java.util.HashMap;
import java.util.Map;

/**
 * output-path and output-clash: every file a running topology writes (a sink's {@code record}) is a relative
 * path inside the output folder ({@link OutputPath}), and no two nodes write the same file (their rows would
 * interleave, and the second to open it would truncate the first's).
 */
final class OutputPathRule implements Rule {

    @Override
    public void check(TopologyIndex index, Findings findings) {
        Map<String, String> writers = new HashMap<>();
        for (Node node : index.topology().nodes()) {
            if (!(node instanceof SocketNode socket) || !(socket.behaviour() instanceof Behaviour.Sink sink)
                    || sink.record() == null) {
                continue;
            }
            String path = sink.record();
            var refusal = OutputPath.check(path);
            if (refusal.isPresent()) {
                findings.error("output-path", SubjectKind.NODE, node.id(),
                        "its record path \"" + OutputPath.printable(path) + "\" is refused: " + refusal.get().reason(),
                        refusal.get().fix());
                continue;
            }
            String first = writers.putIfAbsent(path, node.id());
            if (first != null) {
                findings.error("output-clash", SubjectKind.NODE, node.id(),
                        "it records to \"" + OutputPath.printable(path) + "\", which node " + first + " records to as well",
                        "give each sink its own record file");
            }
        }
    }
}
