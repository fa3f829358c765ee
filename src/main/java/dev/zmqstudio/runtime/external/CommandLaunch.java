package dev.zmqstudio.runtime.external;

import dev.zmqstudio.model.Command;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Topology;

import java.nio.file.Path;
import java.util.List;

/** A program an external node launches when the run starts: what will run, and in which folder. */
public record CommandLaunch(String nodeId, List<String> argv, Path directory) {

    public CommandLaunch {
        argv = List.copyOf(argv);
    }

    /** Every command {@code topology} launches, in node order; they run in {@code directory} (the file's folder). */
    public static List<CommandLaunch> of(Topology topology, Path directory) {
        return topology.nodes().stream()
                .filter(n -> n.hasCommand() && !n.command().isEmpty() && topology.placementOf(n) == Placement.EXTERNAL)
                .map(n -> new CommandLaunch(n.id(), n.command().argv(), directory))
                .toList();
    }

    /** "pusher: python3 push.py 5555". */
    public String describe() {
        return nodeId + ": " + new Command(argv, false).display();
    }
}
