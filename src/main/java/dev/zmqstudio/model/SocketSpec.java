package dev.zmqstudio.model;

import java.util.List;

/** One ZeroMQ socket of a node: its type, the endpoints it binds (as written by the user) and its options. */
public record SocketSpec(SocketType type, List<String> binds, SocketOptions options) {

    public SocketSpec {
        binds = List.copyOf(binds);
    }

    public static SocketSpec of(SocketType type, String... binds) {
        return new SocketSpec(type, List.of(binds), SocketOptions.DEFAULTS);
    }

    public SocketSpec withBinds(List<String> newBinds) {
        return new SocketSpec(type, newBinds, options);
    }

    public SocketSpec withOptions(SocketOptions newOptions) {
        return new SocketSpec(type, binds, newOptions);
    }
}
