package dev.zmqstudio.cli;

import dev.zmqstudio.model.Problem;
import dev.zmqstudio.io.LocatedTopology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Checks a topology file: format errors (exit 2), validation errors (exit 1), else 0 (warnings allowed). */
@Command(name = "validate", description = "Check a topology file and list its problems with their location.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Topology JSON file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        LocatedTopology located = TopologyInput.load(file, spec.commandLine().getErr());
        if (located == null) {
            return ExitCodes.BAD_INPUT;
        }
        List<Problem> problems = TopologyInput.validate(located.topology());
        boolean errors = TopologyInput.report(located, problems, out);
        long errorCount = problems.stream().filter(Problem::isError).count();
        out.println(file + ": " + errorCount + " error(s), " + (problems.size() - errorCount) + " warning(s)");
        out.flush();
        return errors ? ExitCodes.VALIDATION_ERRORS : ExitCodes.OK;
    }
}
