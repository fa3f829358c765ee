package dev.zmqstudio.model;

import java.util.Objects;

/**
 * A located validation finding: which node, wire or link ({@code subjectKind} + {@code subjectId}), what is
 * wrong ({@code message}) and how to fix it ({@code fix}). {@code code} is a stable machine name
 * ("illegal-pair", "bind-clash", ...) for tests and filtering. {@code guide} names the section of the ZeroMQ
 * Guide that explains a classic pitfall ("" when the finding is not one). {@code field}, when not null, is the
 * field of the subject the problem is about, as a dotted path ("id", "behaviour.rate",
 * "frontend.options.sendHwm"), so that the problem can point at that field in the file.
 */
public record Problem(Severity severity, String code, SubjectKind subjectKind, String subjectId,
                      String message, String fix, String guide, String field) {

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

    /** A problem about the subject as a whole that may name a section of the Guide. */
    public Problem(Severity severity, String code, SubjectKind subjectKind, String subjectId, String message, String fix,
                   String guide) {
        this(severity, code, subjectKind, subjectId, message, fix, guide, null);
    }

    /** A problem about the subject as a whole. */
    public Problem(Severity severity, String code, SubjectKind subjectKind, String subjectId, String message, String fix) {
        this(severity, code, subjectKind, subjectId, message, fix, "", null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * One line: "error: wire w1: PUB cannot talk to PULL: ... Fix: ... (ZeroMQ Guide: ...)". Characters that would
     * hide or reorder text on a terminal (controls, right-to-left overrides) are shown escaped: ids and values come
     * from files.
     */
    @Override
    public String toString() {
        String where = subjectKind == SubjectKind.TOPOLOGY ? "topology" : subjectKind.name().toLowerCase() + " " + subjectId;
        return Printable.escape(severity.name().toLowerCase() + ": " + where + ": " + message + (fix.isEmpty() ? "" : " Fix: " + fix)
                + (guide.isEmpty() ? "" : " (ZeroMQ Guide: " + guide + ")"));
    }
}
