package dev.zmqstudio.model;

import java.util.Objects;

/**
 * A located validation finding: which node, wire or link ({@code subjectKind} + {@code subjectId}), what is
 * wrong ({@code message}) and how to fix it ({@code fix}). {@code code} is a stable machine name
 * ("illegal-pair", "bind-clash", ...) for tests and filtering. {@code guide} names the section of the ZeroMQ
 * Guide that explains a classic pitfall ("" when the finding is not one).
 */
public record Problem(Severity severity, String code, SubjectKind subjectKind, String subjectId,
                      String message, String fix, String guide) {

    public enum Severity { ERROR, WARNING }

    public enum SubjectKind { TOPOLOGY, NODE, WIRE, LINK }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
        guide = guide == null ? "" : guide;
    }

    public Problem(Severity severity, String code, SubjectKind subjectKind, String subjectId, String message, String fix) {
        this(severity, code, subjectKind, subjectId, message, fix, "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: "error: wire w1: PUB cannot talk to PULL: ... Fix: ... (ZeroMQ Guide: ...)". */
    @Override
    public String toString() {
        String where = subjectKind == SubjectKind.TOPOLOGY ? "topology" : subjectKind.name().toLowerCase() + " " + subjectId;
        return severity.name().toLowerCase() + ": " + where + ": " + message + (fix.isEmpty() ? "" : " Fix: " + fix)
                + (guide.isEmpty() ? "" : " (ZeroMQ Guide: " + guide + ")");
    }
}
