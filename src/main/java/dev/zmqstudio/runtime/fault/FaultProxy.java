package dev.zmqstudio.runtime.fault;

import dev.zmqstudio.model.WireFaults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The network of one wire, as a loopback tcp proxy between its connecting socket and the endpoint it connects to:
 * the connector connects here, each connection is carried on to the binder through two {@link FaultPipe}s, and
 * the wire's faults act on the bytes, so ZMTP meets latency, a cap or a partition exactly as on a real network. A
 * cut stops listening (new connections are refused, ZeroMQ retries) and resets every open connection; the port stays
 * reserved by a socket bound to it that does not listen, so no other socket can take it, and a heal listens on it
 * again. Thread-safe.
 */
public final class FaultProxy implements AutoCloseable {
    private static final int UPSTREAM_CONNECT_TIMEOUT_MS = 1_000;

    private final String name;
    private final Supplier<InetSocketAddress> upstream;
    private final Consumer<String> upstreamLocalAddress;
    private final int port;
    private final Object lock = new Object();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private volatile WireFaults faults;
    private static final long ACCEPT_EXIT_WAIT_NANOS = 1_000_000_000L;
    /** True while the accept loop is inside accept (see {@link #stopListening}). */
    private final java.util.concurrent.atomic.AtomicBoolean accepting = new java.util.concurrent.atomic.AtomicBoolean();
    /** Listening, unless cut. */
    private ServerSocket server;
    /** While cut: holds the port without listening, so connects to it are refused and nothing else binds it. */
    private Socket reserved;
    private volatile boolean closed;

    /**
     * @param upstream             where the wire's binder listens now (null while it is not known yet: refused)
     * @param upstreamLocalAddress told "ip:port" of each connection made to the binder, before any byte goes over it
     */
    public FaultProxy(String name, WireFaults faults, Supplier<InetSocketAddress> upstream,
                      Consumer<String> upstreamLocalAddress) throws IOException {
        this.name = name;
        this.faults = faults;
        this.upstream = upstream;
        this.upstreamLocalAddress = upstreamLocalAddress;
        server = listen(0);
        port = server.getLocalPort();
        if (faults.cut()) {
            stopListening();
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

    /**
     * From now on: bytes read later wait as {@code next} says; a cut or a heal acts at once. False (and nothing
     * changed) when a heal cannot listen on the wire's port again.
     */
    public boolean apply(WireFaults next) {
        synchronized (lock) {
            WireFaults before = faults;
            if (next.cut() && !before.cut()) {
                faults = next;
                stopListening();
                resetAll();
                return true;
            }
            if (!next.cut() && before.cut() && !closed) {
                try {
                    server = listen(port);
                } catch (IOException e) {
                    return false;
                }
                closeQuietly(reserved);
                reserved = null;
                faults = next;
                lock.notifyAll();
                return true;
            }
            faults = next;
            return true;
        }
    }

    /**
     * Closes the listener and reserves its port with a bound socket that does not listen (both reuse the address).
     * Returns once the accept loop has left its accept: until then the kernel keeps the closed listener listening
     * (the blocked accept holds it), and a connect in that moment was still accepted.
     */
    private void stopListening() {
        closeQuietly(server);
        server = null;
        long deadline = System.nanoTime() + ACCEPT_EXIT_WAIT_NANOS;
        while (accepting.get() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(100_000);
        }
        try {
            Socket hold = new Socket();
            hold.setReuseAddress(true);
            hold.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            reserved = hold;
        } catch (IOException e) {
            reserved = null; // refused all the same while nothing listens; the heal says whether the port came back
        }
    }

    /** Resets every open connection once (both peers see a reset); new ones are accepted as before. */
    public void resetAll() {
        connections.forEach(Connection::reset);
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // closing: nothing to keep
            }
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
            accepting.set(true);
            try {
                Socket down = s.accept();
                Thread.ofVirtual().name(name + "-open").start(() -> carry(down));
            } catch (IOException e) {
                // closed by a cut or by close(): the loop waits for a heal or ends
            } finally {
                accepting.set(false);
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
        Connection c = new Connection(down, up, new AtomicInteger());
        connections.add(c);
        if (faults.cut() || closed) {
            end(c);
            return;
        }
        FaultPipe.Ends ends = new FaultPipe.Ends() {
            @Override
            public void finished() {
                if (c.finishedDirections().incrementAndGet() == 2) {
                    connections.remove(c);
                    closeQuietly(c.down());
                    closeQuietly(c.up());
                }
            }

            @Override
            public void broken() {
                end(c);
            }
        };
        new FaultPipe(down, up, true, this::faults, ends).start(name + "-in");
        new FaultPipe(up, down, false, this::faults, ends).start(name + "-out");
    }

    private void end(Connection c) {
        connections.remove(c);
        c.reset();
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            closeQuietly(server);
            server = null;
            closeQuietly(reserved);
            reserved = null;
            lock.notifyAll();
        }
        resetAll();
    }

    /** Both sockets of one carried connection, and how many of its two directions ended cleanly. */
    private record Connection(Socket down, Socket up, AtomicInteger finishedDirections) {
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
