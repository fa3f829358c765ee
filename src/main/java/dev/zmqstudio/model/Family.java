package dev.zmqstudio.model;

/**
 * The pattern family of a node type, which gives it its colour wherever it is drawn (the designer's stylesheet, the
 * exported diagrams): publish-subscribe, pipeline, request-reply, pair, device.
 */
public enum Family {
    PUBSUB, PIPELINE, REQREP, PAIR, DEVICE;

    public static Family of(NodeType type) {
        if (type instanceof DeviceType) {
            return DEVICE;
        }
        return switch ((SocketType) type) {
            case PUB, SUB, XPUB, XSUB -> PUBSUB;
            case PUSH, PULL -> PIPELINE;
            case REQ, REP, ROUTER, DEALER -> REQREP;
            case PAIR -> PAIR;
        };
    }

    /** Its name in lower case: {@code pubsub}, as the stylesheet's {@code .family-pubsub} and {@code -zs-pubsub}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
