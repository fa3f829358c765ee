package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.engine.SocketHandle;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Sockets for the programs a test plays beside a run (a client of our broker, a program drawn as an external node).
 * They give up on a connection whose handshake does not start, as our sockets do
 * ({@link SocketHandle#HANDSHAKE_TIMEOUT_MS}): JeroMQ 0.6.0 sometimes never polls a connection it has just made
 * (about one in fifty), and with the 30 s default such a socket sits on it for the whole test while our end, or the
 * test's other socket, drops it. A libzmq program does not have that fault, so the tests do not wait for it either.
 */
public final class ProgramSockets {
    private ProgramSockets() {
    }

    public static ZMQ.Socket create(ZContext zmq, SocketType type) {
        ZMQ.Socket socket = zmq.createSocket(type);
        socket.setHandshakeIvl(SocketHandle.HANDSHAKE_TIMEOUT_MS);
        return socket;
    }
}
