package dev.zmqstudio.runtime.behaviour;

import org.apache.commons.jexl3.JexlContext;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Read-only JEXL variables of one message; JSON is parsed only if the expression asks for it. Carries the flag that
 * cancels the evaluation when its budget runs out.
 */
final class MessageContext implements JexlContext, JexlContext.CancellationHandle {
    static final Set<String> NAMES = Set.of("msg", "n", "node", "bytes", "topic", "words", "json", "frames");

    private final MessageView message;
    private final AtomicBoolean cancellation;

    MessageContext(MessageView message, AtomicBoolean cancellation) {
        this.message = message;
        this.cancellation = cancellation;
    }

    @Override
    public Object get(String name) {
        return switch (name) {
            case "msg" -> message.msg();
            case "n" -> message.n();
            case "node" -> message.node();
            case "bytes" -> message.size();
            case "topic" -> message.topic();
            case "words" -> message.words();
            case "json" -> message.json();
            case "frames" -> message.frames();
            default -> null;
        };
    }

    @Override
    public void set(String name, Object value) {
        throw new UnsupportedOperationException("expressions cannot assign variables");
    }

    @Override
    public boolean has(String name) {
        return NAMES.contains(name);
    }

    @Override
    public AtomicBoolean getCancellation() {
        return cancellation;
    }
}
