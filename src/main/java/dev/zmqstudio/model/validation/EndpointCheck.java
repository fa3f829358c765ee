package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.EndpointSyntaxException;

/**
 * The outcome of parsing an endpoint as the user wrote it. A tcp port out of range gets its own outcome
 * because it has its own problem code.
 */
sealed interface EndpointCheck {

    record Valid(Endpoint endpoint) implements EndpointCheck {
    }

    record PortOutOfRange(String text, long port) implements EndpointCheck {
        String message() {
            return "port " + port + " in '" + text + "' is outside the range 1..65535";
        }
    }

    record Invalid(String message) implements EndpointCheck {
    }

    static EndpointCheck of(String text) {
        Long port = tcpPort(text);
        if (port != null && (port < 1 || port > 65535)) {
            return new PortOutOfRange(text, port);
        }
        try {
            return new Valid(Endpoint.parse(text));
        } catch (EndpointSyntaxException e) {
            return new Invalid(e.getMessage());
        }
    }

    /** The port of a tcp endpoint when it is written as digits, else null. */
    private static Long tcpPort(String text) {
        if (text == null || !text.startsWith("tcp://")) {
            return null;
        }
        String port = text.substring(text.lastIndexOf(':') + 1);
        if (port.isEmpty() || port.length() > 18 || !port.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(port);
    }
}
