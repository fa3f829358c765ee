package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.io.TopologyFormatException;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.ChildNode;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The child-process entry, {@code node --topology FILE --unit a,b --hub ENDPOINT --id ID --parent-pid PID
 * --output-dir DIR}: runs
 * one unit of a topology (linked socket nodes, or a device) and reports to the app that started it. Started by
 * the engine, not by people, so it parses its six options itself: picocli's classes are too old for the JDK's
 * AOT cache, and building the whole command model cost every child tens of milliseconds of start-up.
 */
final class NodeCommand {
    static final String NAME = "node";
    private static final List<String> OPTIONS = List.of("--topology", "--unit", "--hub", "--id", "--parent-pid", "--output-dir");

    private NodeCommand() {
    }

    /** {@code args} without the leading "node"; returns the exit code. */
    static int execute(PrintWriter err, String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                return usage(err, "unexpected '" + args[i] + "'");
            }
            values.put(args[i], args[i + 1]);
        }
        if (!values.keySet().containsAll(OPTIONS)) {
            return usage(err, "missing option");
        }
        long parentPid;
        try {
            parentPid = Long.parseLong(values.get("--parent-pid"));
        } catch (NumberFormatException e) {
            return usage(err, "--parent-pid takes a process id");
        }
        Topology topology;
        try {
            topology = TopologyFiles.load(Path.of(values.get("--topology")));
        } catch (TopologyFormatException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        List<String> unit = Arrays.asList(values.get("--unit").split(","));
        return new ChildNode(topology, unit, values.get("--hub"), values.get("--id"), Path.of(values.get("--output-dir")))
                .run(parentPid);
    }

    private static int usage(PrintWriter err, String problem) {
        err.println("error: " + problem + "; usage: node " + String.join(" VALUE ", OPTIONS) + " VALUE");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
