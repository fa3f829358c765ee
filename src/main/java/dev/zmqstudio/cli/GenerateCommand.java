package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.generate.GeneratorSpec;
import dev.zmqstudio.runtime.engine.TopologyValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** `generate KIND -o FILE`: a topology made from a few numbers, laid out in tiers, that validates clean. */
@Command(name = "generate", description = "Write a generated topology: pipeline (--workers), fanout (--publishers,"
        + " --subscribers, --topics), pubsub (--publishers, --subscribers, --mode direct|broker) or tree (--depth,"
        + " --fanout, --hop-ms, --mode direct|broker: hosts on a switch tree, each hop a wire latency).")
final class GenerateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "pipeline, fanout, pubsub or tree")
    String kind;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write (not overwritten without --force).")
    Path output;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Option(names = "--workers", defaultValue = "3", description = "pipeline: workers (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--publishers", defaultValue = "1", description = "fanout, pubsub: publishers (default ${DEFAULT-VALUE}).")
    int publishers;

    @Option(names = "--subscribers", defaultValue = "3", description = "fanout, pubsub: subscribers (default ${DEFAULT-VALUE}).")
    int subscribers;

    @Option(names = "--topics", defaultValue = "3", description = "fanout: topics (default ${DEFAULT-VALUE}).")
    int topics;

    @Option(names = "--mode", defaultValue = "direct", description = "pubsub, tree: direct or broker (a FORWARDER) (default ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--depth", defaultValue = "2", description = "tree: levels of switches (default ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--fanout", defaultValue = "2", description = "tree: children of each switch (default ${DEFAULT-VALUE}).")
    int fanout;

    @Option(names = "--hop-ms", defaultValue = "0", description = "tree: one-way latency of each link of the tree, ms (default ${DEFAULT-VALUE}).")
    int hopMs;

    @Option(names = "--rate", defaultValue = "100", description = "Messages a second per generator (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--count", defaultValue = "1000", description = "Messages per generator, 0 for no end (default ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--base-port", defaultValue = "5601", description = "First tcp port the binds take, on 127.0.0.1 (default ${DEFAULT-VALUE}).")
    int basePort;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (basePort < GeneratorSpec.MIN_PORT || basePort > GeneratorSpec.MAX_PORT || rate < 0 || count < 0) {
            err.println("error: --base-port takes " + GeneratorSpec.MIN_PORT + " to " + GeneratorSpec.MAX_PORT
                    + ", --rate and --count 0 or more");
            return ExitCodes.BAD_INPUT;
        }
        if (!GeneratorSpec.KINDS.contains(kind)) {
            err.println("error: KIND is pipeline, fanout, pubsub or tree, not " + kind);
            return ExitCodes.BAD_INPUT;
        }
        if (Files.exists(output) && !force) {
            err.println("error: " + output + " exists; choose another file or add --force to overwrite it");
            return ExitCodes.BAD_INPUT;
        }
        if (!mode.equals("direct") && !mode.equals("broker")) {
            err.println("error: --mode takes direct or broker, not " + mode);
            return ExitCodes.BAD_INPUT;
        }
        Topology topology;
        try {
            topology = new GeneratorSpec(kind, workers, publishers, subscribers, topics, mode.equals("broker"), rate, count,
                    basePort, depth, fanout, hopMs).generate();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        List<Problem> problems = TopologyValidation.validate(topology);
        try {
            TopologyFiles.save(topology, output);
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        var out = spec.commandLine().getOut();
        out.printf("Wrote %s: %d nodes, %d wires, %d links%n", output, topology.nodes().size(), topology.wires().size(),
                topology.links().size());
        problems.forEach(p -> out.println(output + ": " + p));
        return ExitCodes.OK;
    }
}
