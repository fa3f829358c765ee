package dev.zmqstudio.model;

import java.util.List;

/**
 * Socket options a user may set. {@code subscriptions} applies to SUB/XSUB ("" subscribes to everything).
 * {@code identity} is the routing id (ROUTER peers see it); null means ZeroMQ picks one.
 */
public record SocketOptions(int sendHwm, int receiveHwm, List<String> subscriptions, String identity) {

    public static final int DEFAULT_HWM = 1000;
    public static final SocketOptions DEFAULTS = new SocketOptions(DEFAULT_HWM, DEFAULT_HWM, List.of(), null);

    public SocketOptions {
        subscriptions = List.copyOf(subscriptions);
    }

    public SocketOptions withSubscriptions(List<String> subs) {
        return new SocketOptions(sendHwm, receiveHwm, subs, identity);
    }

    public SocketOptions withHwm(int send, int receive) {
        return new SocketOptions(send, receive, subscriptions, identity);
    }

    public SocketOptions withIdentity(String id) {
        return new SocketOptions(sendHwm, receiveHwm, subscriptions, id);
    }
}
