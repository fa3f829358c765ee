package dev.zmqstudio.io;

import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;

import java.util.Map;

/**
 * A loaded topology together with where each node, wire and link starts in its file, and where each of their
 * fields' values is ({@code fields}: kind, id, dotted field path such as "behaviour.rate"), so that validation
 * problems can be shown as {@code file:line:column: ...} like load errors.
 */
public record LocatedTopology(Topology topology, String source, Map<Problem.SubjectKind, Map<String, Position>> starts,
                              Map<Problem.SubjectKind, Map<String, Map<String, Position>>> fields) {

    /** A 1-based line and column in the file. */
    public record Position(int line, int column) {
    }

    public LocatedTopology {
        starts = Map.copyOf(starts);
        fields = Map.copyOf(fields);
    }

    /** The key of the topology's own fields ("scenario.2": its second scenario event) in {@code fields}. */
    public static final String TOPOLOGY_ID = "";

    public LocatedTopology(Topology topology, String source, Map<Problem.SubjectKind, Map<String, Position>> starts) {
        this(topology, source, starts, Map.of());
    }

    /**
     * "file:line:column" of the problem's field when it names one the file has, else of its subject (its first
     * occurrence when an id is used twice), or just "file" for the topology as a whole or a subject the file does
     * not have.
     */
    public String where(Problem problem) {
        if (problem.subjectId() == null && problem.field() == null) {
            return source;
        }
        String id = problem.subjectId() == null ? TOPOLOGY_ID : problem.subjectId();
        Position at = null;
        if (problem.field() != null) {
            at = fields.getOrDefault(problem.subjectKind(), Map.of()).getOrDefault(id, Map.of()).get(problem.field());
        }
        if (at == null) {
            at = starts.getOrDefault(problem.subjectKind(), Map.of()).get(id);
        }
        return at == null ? source : source + ":" + at.line() + ":" + at.column();
    }
}
