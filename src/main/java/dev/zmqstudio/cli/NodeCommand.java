package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.io.TopologyFormatException;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.child.ChildNode;
import dev.zmqstudio.runtime.child.SpareChildren;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The child-process entry, {@code node --unit ID [--unit ID]... --hub ENDPOINT --id ID --parent-pid PID
 * --output-dir DIR}, with the topology (file format) on standard input: runs one unit of a topology (linked socket
 * nodes, or a device) and reports to the app that started it. Each node id of the unit is its own argument, so no
 * id can be split or joined by a separator; the topology comes through a pipe, so no temporary file outlives a
 * parent killed with SIGKILL. Started by the engine, not by people, so it parses its options itself: picocli's
 * classes are too old for the JDK's AOT cache, and building the whole command model cost every child tens of
 * milliseconds of start-up.
 */
final class NodeCommand {
    static final String NAME = ChildNode.COMMAND;
    static final String UNIT = "--unit";
    private static final List<String> OPTIONS = List.of("--hub", "--id", "--parent-pid", "--output-dir");
    /** Options a child may be given or not. */
    private static final List<String> OPTIONAL = List.of(ChildNode.RECORD_OPTION, ChildNode.KEYS_OPTION);

    private NodeCommand() {
    }

    /**
     * {@code args} without the leading "node"; returns the exit code. A spare child started ahead of its run
     * ({@link SpareChildren}) has only {@value SpareChildren#ASSIGNMENT_OPTION}, and reads the other options first from
     * its standard input; it exits at once, with 0, when the input ends before them (the run did not need it).
     */
    static int execute(PrintWriter err, InputStream topologyJson, String... args) {
        if (args.length == 1 && args[0].equals(SpareChildren.ASSIGNMENT_OPTION)) {
            List<String> assigned;
            try {
                assigned = SpareChildren.readAssignment(topologyJson);
            } catch (IOException e) {
                return usage(err, "cannot read the options from standard input: " + e.getMessage());
            }
            return assigned == null ? ExitCodes.OK : runUnit(err, topologyJson, assigned.toArray(String[]::new));
        }
        return runUnit(err, topologyJson, args);
    }

    private static int runUnit(PrintWriter err, InputStream topologyJson, String... args) {
        Map<String, String> values = new HashMap<>();
        List<String> unit = new ArrayList<>();
        for (int i = 0; i < args.length; i += 2) {
            boolean known = args[i].equals(UNIT) || OPTIONS.contains(args[i]) || OPTIONAL.contains(args[i]);
            if (!known || i + 1 >= args.length || values.containsKey(args[i])) {
                return usage(err, "unexpected '" + args[i] + "'");
            }
            if (args[i].equals(UNIT)) {
                unit.add(args[i + 1]);
            } else {
                values.put(args[i], args[i + 1]);
            }
        }
        if (unit.isEmpty() || !values.keySet().containsAll(OPTIONS)) {
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
            topology = TopologyFiles.parse(new String(topologyJson.readAllBytes(), StandardCharsets.UTF_8), "<standard input>");
        } catch (TopologyFormatException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: cannot read the topology from standard input: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        return new ChildNode(topology, unit, values.get("--hub"), values.get("--id"), Path.of(values.get("--output-dir")),
                values.containsKey(ChildNode.RECORD_OPTION),
                values.containsKey(ChildNode.KEYS_OPTION) ? Path.of(values.get(ChildNode.KEYS_OPTION)) : null).run(parentPid);
    }

    private static int usage(PrintWriter err, String problem) {
        err.println("error: " + problem + "; usage: node --unit ID [--unit ID]... " + String.join(" VALUE ", OPTIONS)
                + " VALUE, with the topology on standard input");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
