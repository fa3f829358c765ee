package dev.zmqstudio.runtime;

import org.apache.commons.jexl3.JexlContext;

import java.util.Set;

/** Read-only JEXL variables of one message; JSON is parsed only if the expression asks for it. */
final class MessageContext implements JexlContext {
    private static final Set<String> NAMES = Set.of("msg", "n", "node", "bytes", "topic", "words", "json", "frames");

    private final MessageView message;

    MessageContext(MessageView message) {
        this.message = message;
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
}
