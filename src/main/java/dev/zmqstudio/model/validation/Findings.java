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

    List<Problem> sorted() {
        return problems.stream().sorted(Comparator.comparing(Problem::severity)).toList();
    }
}
