package dev.zmqstudio.io;

import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;

import java.util.Map;

/**
 * A loaded topology together with where each node, wire and link starts in its file, so that validation
 * problems can be shown as {@code file:line:column: ...} like load errors.
 */
public record LocatedTopology(Topology topology, String source, Map<Problem.SubjectKind, Map<String, Position>> starts) {

    /** A 1-based line and column in the file. */
    public record Position(int line, int column) {
    }

    public LocatedTopology {
        starts = Map.copyOf(starts);
    }

    /**
     * "file:line:column" of the problem's subject (its first occurrence when an id is used twice), or just
     * "file" for the topology as a whole or a subject the file does not have.
     */
    public String where(Problem problem) {
        if (problem.subjectId() == null) {
            return source;
        }
        Position at = starts.getOrDefault(problem.subjectKind(), Map.of()).get(problem.subjectId());
        return at == null ? source : source + ":" + at.line() + ":" + at.column();
    }
}
