package dev.zmqstudio.runtime.fault;

import dev.zmqstudio.model.WireFaults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The network of one wire, as a loopback tcp proxy between its connecting socket and the endpoint it connects to:
 * the connector connects here, each connection is carried on to the binder through two {@link FaultPipe}s, and
 * the wire's faults act on the bytes, so ZMTP meets latency, a cap or a partition exactly as on a real network. A
 * cut closes the listening socket (new connections are refused, ZeroMQ retries) and resets every open connection;
 * a heal listens again on the same port. Thread-safe.
 */
public final class FaultProxy implements AutoCloseable {
    private static final int UPSTREAM_CONNECT_TIMEOUT_MS = 1_000;

    private final String name;
    private final Supplier<InetSocketAddress> upstream;
    private final Consumer<String> upstreamLocalAddress;
    private final Consumer<String> problems;
    private final int port;
    private final Object lock = new Object();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private volatile WireFaults faults;
    private ServerSocket server;
    private volatile boolean closed;

    /**
     * @param upstream             where the wire's binder listens now (null while it is not known yet: refused)
     * @param upstreamLocalAddress told "ip:port" of each connection made to the binder, before any byte goes over it
     * @param problems             told what went wrong, in a sentence
     */
    public FaultProxy(String name, WireFaults faults, Supplier<InetSocketAddress> upstream,
                      Consumer<String> upstreamLocalAddress, Consumer<String> problems) throws IOException {
        this.name = name;
        this.faults = faults;
        this.upstream = upstream;
        this.upstreamLocalAddress = upstreamLocalAddress;
        this.problems = problems;
        ServerSocket first = listen(0);
        this.port = first.getLocalPort();
        if (faults.cut()) {
            first.close();
        } else {
            server = first;
        }
        Thread.ofVirtual().name(name + "-accept").start(this::acceptLoop);
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        return s;
    }

    /** The endpoint the connecting socket connects to instead of the wire's own. */
    public String endpoint() {
        return "tcp://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port;
    }

    public int port() {
        return port;
    }

    public WireFaults faults() {
        return faults;
    }

    /** Connections carried now. */
    public int connections() {
        return connections.size();
    }

    /** From now on: bytes read later wait as {@code next} says; a cut or a heal acts at once. */
    public void apply(WireFaults next) {
        synchronized (lock) {
            WireFaults before = faults;
            faults = next;
            if (next.cut() && !before.cut()) {
                closeServer();
                resetAll();
            } else if (!next.cut() && before.cut() && !closed) {
                try {
                    server = listen(port);
                    lock.notifyAll();
                } catch (IOException e) {
                    problems.accept("cannot heal: port " + port + " is no longer free (" + e.getMessage() + ")");
                }
            }
        }
    }

    /** Resets every open connection once (both peers see a reset); new ones are accepted as before. */
    public void resetAll() {
        connections.forEach(Connection::reset);
    }

    private void closeServer() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing: nothing to keep
            }
            server = null;
        }
    }

    private void acceptLoop() {
        while (!closed) {
            ServerSocket s;
            synchronized (lock) {
                while (server == null && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                s = server;
            }
            if (s == null) {
                return;
            }
            try {
                Socket down = s.accept();
                Thread.ofVirtual().name(name + "-open").start(() -> carry(down));
            } catch (IOException e) {
                // closed by a cut or by close(): the loop waits for a heal or ends
            }
        }
    }

    private void carry(Socket down) {
        InetSocketAddress target = upstream.get();
        if (target == null || faults.cut() || closed) {
            Connection.abort(down);
            return;
        }
        Socket up = new Socket();
        try {
            up.setTcpNoDelay(true);
            down.setTcpNoDelay(true);
            up.connect(target, UPSTREAM_CONNECT_TIMEOUT_MS);
        } catch (IOException e) {
            Connection.abort(up);
            Connection.abort(down); // the binder is not there (yet): the connecting socket retries
            return;
        }
        upstreamLocalAddress.accept(up.getLocalAddress().getHostAddress() + ":" + up.getLocalPort());
        Connection c = new Connection(down, up);
        connections.add(c);
        if (faults.cut() || closed) {
            c.reset();
            return;
        }
        try {
            new FaultPipe(down.getInputStream(), up.getOutputStream(), true, this::faults, () -> end(c)).start(name + "-in");
            new FaultPipe(up.getInputStream(), down.getOutputStream(), false, this::faults, () -> end(c)).start(name + "-out");
        } catch (IOException e) {
            end(c);
        }
    }

    private void end(Connection c) {
        connections.remove(c);
        c.reset();
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            closeServer();
            lock.notifyAll();
        }
        resetAll();
    }

    /** Both sockets of one carried connection. */
    private record Connection(Socket down, Socket up) {
        void reset() {
            abort(down);
            abort(up);
        }

        /** Closes with a reset (no lingering FIN): the peer sees the connection broken, as in a partition. */
        static void abort(Socket s) {
            try {
                if (!s.isClosed()) {
                    s.setSoLinger(true, 0);
                    s.close();
                }
            } catch (IOException ignored) {
                // already gone
            }
        }
    }
}
