package dev.zmqstudio.ui.edit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/** The real {@link PortProbe}: a port is free when a server socket can listen on it, as the node's socket would. */
final class MachinePorts {

    private MachinePorts() {
    }

    static boolean isFree(String host, int port) {
        InetAddress address;
        try {
            address = address(host);
        } catch (UnknownHostException e) {
            return true;
        }
        if (listens(address, port)) {
            return true;
        }
        // A foreign address refuses every port: then the port itself is not what is taken.
        return !listens(address, 0);
    }

    private static InetAddress address(String host) throws UnknownHostException {
        if (host == null || host.equals("*")) {
            return InetAddress.getByName("0.0.0.0");
        }
        boolean bracketed = host.startsWith("[") && host.endsWith("]");
        return InetAddress.getByName(bracketed ? host.substring(1, host.length() - 1) : host);
    }

    private static boolean listens(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as ZeroMQ's listener does, so a closed run's lingering connections do not count
            socket.bind(new InetSocketAddress(address, port), 1);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
