package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Problem.Severity;
import dev.zmqstudio.model.Problem.SubjectKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what the rules find; hands the problems back errors first, otherwise in the order found. */
final class Findings {

    private final List<Problem> problems = new ArrayList<>();

    void error(String code, SubjectKind kind, String id, String message, String fix) {
        problems.add(new Problem(Severity.ERROR, code, kind, id, message, fix));
    }

    void warning(String code, SubjectKind kind, String id, String message, String fix) {
        problems.add(new Problem(Severity.WARNING, code, kind, id, message, fix));
    }

    /** An error about one field of the subject ("behaviour.rate"), so it can be located at that field. */
    void fieldError(String code, SubjectKind kind, String id, String field, String message, String fix) {
        problems.add(new Problem(Severity.ERROR, code, kind, id, message, fix, "", field));
    }

    /** An error about a field of the topology itself ("scenario.2": its second scenario event). */
    void topologyError(String code, String field, String message, String fix) {
        problems.add(new Problem(Severity.ERROR, code, SubjectKind.TOPOLOGY, null, message, fix, "", field));
    }

    /** A classic ZeroMQ pitfall: a warning that names the Guide's section about it. */
    void pitfall(String code, SubjectKind kind, String id, String message, String fix, Guide guide) {
        problems.add(new Problem(Severity.WARNING, code, kind, id, message, fix, guide.toString()));
    }

    /** A classic pitfall that cannot work at all. */
    void pitfallError(String code, SubjectKind kind, String id, String message, String fix, Guide guide) {
        problems.add(new Problem(Severity.ERROR, code, kind, id, message, fix, guide.toString()));
    }

    List<Problem> sorted() {
        return problems.stream().sorted(Comparator.comparing(Problem::severity)).toList();
    }
}
