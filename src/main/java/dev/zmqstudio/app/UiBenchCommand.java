package dev.zmqstudio.app;

import dev.zmqstudio.ui.bench.UiBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** `bench-ui`: what the live view costs (needs a display: run it under xvfb-run). */
@Command(name = "bench-ui", description = "Benchmark the designer's live view: throughput while animating vs headless, "
        + "frame time with 2,000 tokens on 200 wires vs idle; or (--large N) opening, panning and zooming a large diagram. Needs a display (xvfb-run).")
final class UiBenchCommand implements Callable<Integer> {
    @Option(names = "--rounds", defaultValue = "9", description = "Throughput rounds; 0 measures frame times only (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--messages", defaultValue = "8000000", description = "Messages per throughput run (default ${DEFAULT-VALUE}).")
    long messages;

    @Option(names = "--seconds", defaultValue = "8", description = "Seconds per frame-time measurement (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--large", paramLabel = "N", defaultValue = "0", description = "Instead: open a generated diagram of"
            + " N nodes (to its first frame, against a 10-node one), then pan and zoom it (frame times at Fit and at 100%%).")
    int large;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new UiBenchmark(spec.commandLine().getOut()).run(rounds, messages, seconds, large);
        return 0;
    }
}
