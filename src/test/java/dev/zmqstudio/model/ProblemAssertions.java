package dev.zmqstudio.model;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares whole problems, so a test pins code, subject, message and fix at once. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    static List<Problem> withCode(Topology topology, String code) {
        return Validator.validate(topology).stream().filter(p -> p.code().equals(code)).toList();
    }

    static void assertProblems(Topology topology, String code, Problem... expected) {
        assertEquals(List.of(expected), withCode(topology, code));
    }

    static Problem error(String code, Problem.SubjectKind kind, String id, String message, String fix) {
        return new Problem(Problem.Severity.ERROR, code, kind, id, message, fix);
    }

    /** A classic pitfall: the problem names the ZeroMQ Guide's section about it. */
    static Problem pitfall(Problem problem, String guide) {
        return new Problem(problem.severity(), problem.code(), problem.subjectKind(), problem.subjectId(),
                problem.message(), problem.fix(), guide);
    }

    static Problem warning(String code, Problem.SubjectKind kind, String id, String message, String fix) {
        return new Problem(Problem.Severity.WARNING, code, kind, id, message, fix);
    }
}
