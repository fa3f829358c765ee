package dev.zmqstudio.runtime.security;

import org.zeromq.ZAuth;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * CURVE on a run's sockets. A socket that binds a secured wire is a CURVE server with its node's secret key; one that
 * connects over a secured wire is a client with its node's key pair and, for each connection, the server node's public
 * key. One ZAP handler per ZeroMQ context lets in only the clients whose public key is in the key folder.
 */
public final class CurveSockets implements AutoCloseable {
    /** The ZAP domain of the servers, so the handler knows them. */
    public static final String DOMAIN = "zmq-studio";

    private final KeyFolder keys;
    private final ZAuth auth;
    private boolean closed;

    /** Starts the ZAP handler on {@code zmq}: before any server socket binds. */
    public CurveSockets(ZContext zmq, KeyFolder keys) {
        this.keys = keys;
        this.auth = new ZAuth(zmq);
        auth.configureCurve(keys.path().toAbsolutePath().toString());
    }

    public KeyFolder keys() {
        return keys;
    }

    /** Makes {@code socket} the CURVE server of node {@code nodeId}. */
    public void server(ZMQ.Socket socket, String nodeId) throws KeyFolder.KeyException {
        socket.setZAPDomain(DOMAIN);
        socket.setCurveSecretKey(keys.secretKey(nodeId));
        socket.setCurvePublicKey(keys.publicKey(nodeId));
        socket.setCurveServer(true);
    }

    /** Makes {@code socket} a CURVE client of node {@code nodeId}, its next connection to the server {@code serverId}. */
    public void client(ZMQ.Socket socket, String nodeId, String serverId) throws KeyFolder.KeyException {
        asClient(socket, keys, nodeId, serverId);
    }

    /** Makes {@code socket} a CURVE client with {@code nodeId}'s pair from {@code keys}, its server {@code serverId}. */
    static void asClient(ZMQ.Socket socket, KeyFolder keys, String nodeId, String serverId) throws KeyFolder.KeyException {
        socket.setCurvePublicKey(keys.publicKey(nodeId));
        socket.setCurveSecretKey(keys.secretKey(nodeId));
        socket.setCurveServerKey(keys.publicKey(serverId));
    }

    /** Stops the ZAP handler; again, does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            auth.close();
        }
    }
}
