package dev.zmqstudio.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A parsed ZeroMQ endpoint: {@code tcp://host:port}, {@code ipc://path} or {@code inproc://name}.
 * For tcp, {@code host} may be {@code *} (bind on every interface); {@code port} is 1..65535.
 */
public record Endpoint(Transport transport, String host, int port, String name) {

    public Endpoint {
        Objects.requireNonNull(transport, "transport");
    }

    public static Endpoint tcp(String host, int port) {
        return new Endpoint(Transport.TCP, host, port, null);
    }

    public static Endpoint inproc(String name) {
        return new Endpoint(Transport.INPROC, null, 0, name);
    }

    public static Endpoint ipc(String path) {
        return new Endpoint(Transport.IPC, null, 0, path);
    }

    /**
     * Parses an endpoint.
     *
     * @throws EndpointSyntaxException with a message saying what is wrong and what is expected
     */
    public static Endpoint parse(String text) {
        if (text == null || text.isBlank()) {
            throw new EndpointSyntaxException("the endpoint is empty; expected tcp://host:port, ipc://path or inproc://name");
        }
        int sep = text.indexOf("://");
        if (sep < 0) {
            throw new EndpointSyntaxException("'" + text + "' has no transport; expected tcp://host:port, ipc://path or inproc://name");
        }
        String scheme = text.substring(0, sep);
        String rest = text.substring(sep + 3);
        return switch (scheme) {
            case "tcp" -> parseTcp(text, rest);
            case "ipc" -> named(Transport.IPC, text, rest);
            case "inproc" -> named(Transport.INPROC, text, rest);
            default -> throw new EndpointSyntaxException("'" + text + "' uses unknown transport '" + scheme
                    + "'; use tcp, ipc or inproc");
        };
    }

    private static Endpoint named(Transport transport, String text, String rest) {
        if (rest.isEmpty() || rest.chars().anyMatch(Character::isWhitespace)) {
            throw new EndpointSyntaxException("'" + text + "' needs a name without spaces after " + transport.scheme() + "://");
        }
        return new Endpoint(transport, null, 0, rest);
    }

    private static Endpoint parseTcp(String text, String rest) {
        int colon = rest.lastIndexOf(':');
        if (colon <= 0 || colon == rest.length() - 1) {
            throw new EndpointSyntaxException("'" + text + "' needs host and port, like tcp://127.0.0.1:5555 or tcp://*:5555");
        }
        String host = rest.substring(0, colon);
        String portText = rest.substring(colon + 1);
        if (host.chars().anyMatch(Character::isWhitespace)) {
            throw new EndpointSyntaxException("'" + text + "' has a space in its host");
        }
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new EndpointSyntaxException("'" + text + "' has port '" + portText + "', which is not a number; use 1..65535");
        }
        if (port < 1 || port > 65535) {
            throw new EndpointSyntaxException("'" + text + "' has port " + port + ", out of range; use 1..65535");
        }
        return tcp(host, port);
    }

    /** Whether a bind on this endpoint listens on every interface. */
    public boolean isWildcard() {
        return transport == Transport.TCP && ("*".equals(host) || "0.0.0.0".equals(host) || "[::]".equals(host));
    }

    /**
     * Whether a bind here can be reached from other machines: a tcp host that is not loopback ({@code *},
     * {@code 0.0.0.0}, {@code ::}, a LAN address, any host name but localhost). ipc (tcp on loopback in JeroMQ)
     * and inproc are not.
     */
    public boolean isExposed() {
        return transport == Transport.TCP && !isLoopbackHost(host);
    }

    private static boolean isLoopbackHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || isIpv4Loopback(h);
    }

    /** 127.0.0.0/8, written as four decimal numbers. */
    private static boolean isIpv4Loopback(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Whether a socket connecting to {@code this} reaches a socket bound on {@code bind}. */
    public boolean reaches(Endpoint bind) {
        if (transport != bind.transport) {
            return false;
        }
        if (transport != Transport.TCP) {
            return name.equals(bind.name);
        }
        return port == bind.port && (bind.isWildcard() || canonicalHost(host).equals(canonicalHost(bind.host)));
    }

    /** Whether two binds would fight over the same address. */
    public boolean clashesWith(Endpoint other) {
        if (transport != other.transport) {
            return false;
        }
        if (transport != Transport.TCP) {
            return name.equals(other.name);
        }
        return port == other.port && (isWildcard() || other.isWildcard()
                || canonicalHost(host).equals(canonicalHost(other.host)));
    }

    /** The address to connect to for a socket bound here ({@code *} becomes 127.0.0.1). */
    public Endpoint connectAddress() {
        return isWildcard() ? tcp("127.0.0.1", port) : this;
    }

    private static String canonicalHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return switch (h) {
            case "localhost", "127.0.0.1" -> "127.0.0.1";
            default -> h;
        };
    }

    @Override
    public String toString() {
        return switch (transport) {
            case TCP -> "tcp://" + host + ":" + port;
            case IPC, INPROC -> transport.scheme() + "://" + name;
        };
    }
}
