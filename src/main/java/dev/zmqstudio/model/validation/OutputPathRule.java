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
        Map<String, String[]> writers = new HashMap<>(); // path -> {node, what it does with it}
        for (Node node : index.topology().nodes()) {
            if (!(node instanceof SocketNode socket)) {
                continue;
            }
            String path;
            String what;
            switch (socket.behaviour()) {
                case Behaviour.Sink sink when sink.record() != null -> {
                    path = sink.record();
                    what = "record";
                }
                case Behaviour.Broker broker -> {
                    path = broker.storeFor(node.id());
                    what = "store";
                }
                default -> {
                    continue;
                }
            }
            var refusal = OutputPath.check(path);
            if (refusal.isPresent()) {
                findings.error("output-path", SubjectKind.NODE, node.id(),
                        "its " + what + " path \"" + OutputPath.printable(path) + "\" is refused: " + refusal.get().reason(),
                        refusal.get().fix());
                continue;
            }
            String verb = what.equals("record") ? "records to" : "keeps its store in";
            String[] first = writers.putIfAbsent(path, new String[] {node.id(), verb});
            if (first != null) {
                findings.error("output-clash", SubjectKind.NODE, node.id(),
                        "it " + verb + " \"" + OutputPath.printable(path) + "\", which node " + first[0] + " " + first[1]
                                + " as well", what.equals("record") && first[1].equals(verb) ? "give each sink its own record file"
                                : "give each sink its own record file and each broker its own store");
            }
        }
    }
}
