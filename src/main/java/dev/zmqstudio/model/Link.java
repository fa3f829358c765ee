package dev.zmqstudio.model;

import java.util.Objects;

/**
 * Same-process hand-over: every message node {@code from} receives is offered to node {@code to}, which sends
 * it. {@code filter} (a boolean expression) drops what it rejects; {@code transform} rewrites the payload.
 * Both are sandboxed JEXL expressions; null means "always" / "unchanged".
 */
public record Link(String id, String from, String to, String filter, String transform) {

    public Link {
        Objects.requireNonNull(id, "id");
        filter = filter == null || filter.isBlank() ? null : filter;
        transform = transform == null || transform.isBlank() ? null : transform;
    }

    public static Link of(String id, String from, String to) {
        return new Link(id, from, to, null, null);
    }

    public boolean touches(String nodeId) {
        return from.equals(nodeId) || to.equals(nodeId);
    }

    public Link withId(String newId) {
        return new Link(newId, from, to, filter, transform);
    }

    public Link withExpressions(String newFilter, String newTransform) {
        return new Link(id, from, to, newFilter, newTransform);
    }
}
