package dev.zmqstudio.cli;

import dev.zmqstudio.experiment.SpecException;
import dev.zmqstudio.experiment.SweepListener;
import dev.zmqstudio.experiment.SweepRunner;
import dev.zmqstudio.experiment.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `sweep SPEC.json -o DIR`: runs a grid of generated topologies and writes results.csv, plots and report.md. */
@Command(name = "sweep", description = "Run every combination of a spec's varied generator options (one after another),"
        + " and write results.csv, each run's latency.csv, latency plots (PNG and SVG) and report.md into DIR.")
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "The sweep spec (JSON; see experiments/).")
    Path specFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write (created; must be empty or new).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        SweepSpec sweep;
        try {
            sweep = SweepSpec.load(specFile);
        } catch (SpecException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try {
            if (Files.isDirectory(output)) {
                try (var entries = Files.list(output)) {
                    if (entries.findAny().isPresent()) {
                        err.println("error: " + output + " is not empty; give a new or empty folder, so no earlier result is mixed in");
                        return ExitCodes.BAD_INPUT;
                    }
                }
            } else if (Files.exists(output)) {
                err.println("error: " + output + " is a file; give a folder");
                return ExitCodes.BAD_INPUT;
            }
            new SweepRunner(sweep, specFile, output, SweepListener.printingTo(spec.commandLine().getOut())).run();
        } catch (IOException e) {
            err.println("error: cannot write the results to " + output + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("error: " + specFile + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
