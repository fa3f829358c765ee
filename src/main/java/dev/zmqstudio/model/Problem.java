package dev.zmqstudio.model;

import java.util.Objects;

/**
 * A located validation finding: which node, wire or link ({@code subjectKind} + {@code subjectId}), what is
 * wrong ({@code message}) and how to fix it ({@code fix}). {@code code} is a stable machine name
 * ("illegal-pair", "bind-clash", ...) for tests and filtering.
 */
public record Problem(Severity severity, String code, SubjectKind subjectKind, String subjectId,
                      String message, String fix) {

    public enum Severity { ERROR, WARNING }

    public enum SubjectKind { TOPOLOGY, NODE, WIRE, LINK }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: "error: wire w1: PUB cannot talk to PULL: ... Fix: ...". */
    @Override
    public String toString() {
        String where = subjectKind == SubjectKind.TOPOLOGY ? "topology" : subjectKind.name().toLowerCase() + " " + subjectId;
        return severity.name().toLowerCase() + ": " + where + ": " + message + (fix.isEmpty() ? "" : " Fix: " + fix);
    }
}
