package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.io.TopologyFormatException;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.ChildNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The child-process entry: runs one unit of a topology (linked socket nodes, or a device) and reports to the
 * app that started it. Started by the engine in child-process mode, not by people.
 */
@Command(name = "node", hidden = true, description = "Run one unit of a topology as a child process of the app.")
final class NodeCommand implements Callable<Integer> {

    @Option(names = "--topology", required = true, paramLabel = "FILE", description = "Topology JSON file.")
    Path topology;

    @Option(names = "--unit", required = true, split = ",", paramLabel = "NODE", description = "Ids of the nodes to run.")
    List<String> unit;

    @Option(names = "--hub", required = true, paramLabel = "ENDPOINT", description = "The parent's telemetry endpoint.")
    String hub;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "This child's name at the parent.")
    String id;

    @Option(names = "--parent-pid", required = true, paramLabel = "PID", description = "Exit when this process ends.")
    long parentPid;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Topology t;
        try {
            t = TopologyFiles.load(topology);
        } catch (TopologyFormatException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        return new ChildNode(t, unit, hub, id).run(parentPid);
    }
}
