package dev.zmqstudio.cli;

import dev.zmqstudio.io.LocatedTopology;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.io.TopologyFormatException;
import dev.zmqstudio.model.Printable;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.runtime.engine.TopologyValidation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Loads and validates a topology file for a command, printing problems the way every command does. */
final class TopologyInput {
    private TopologyInput() {
    }

    /** The topology with its source locations, or null after printing why it cannot be read (on one line, escaped). */
    static LocatedTopology load(Path file, PrintWriter err) {
        try {
            return TopologyFiles.loadLocated(file);
        } catch (TopologyFormatException e) {
            err.println("error: " + Printable.escape(e.getMessage()));
            err.flush();
            return null;
        }
    }

    /** Prints every problem as "file:line:column: error: wire w1: ..."; returns true when there is an error. */
    static boolean report(LocatedTopology located, List<Problem> problems, PrintWriter out) {
        for (Problem p : problems) {
            out.println(located.where(p) + ": " + p);
        }
        out.flush();
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The model's rules, and every expression and template compiled as a run would compile them. */
    static List<Problem> validate(dev.zmqstudio.model.Topology topology) {
        return TopologyValidation.validate(topology);
    }
}
