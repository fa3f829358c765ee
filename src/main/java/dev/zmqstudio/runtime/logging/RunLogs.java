package dev.zmqstudio.runtime.logging;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.EndpointSyntaxException;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.LogSink;
import dev.zmqstudio.runtime.engine.NodeState;
import org.zeromq.ZContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A run's logs beyond the console: the topology's log publisher, and the log PUBs of external programs
 * ({@code logs} on their nodes). Both use a ZeroMQ context of their own, so the log publisher outlives the nodes'
 * sockets and sends every line, the last ones of a stop included. Without either, {@link #sink()} is the console.
 */
public final class RunLogs implements AutoCloseable {

    private final LogSink console;
    private final ZContext zmq;
    private final LogPublisher publisher;
    private final String publisherError;
    private final LogSink sink;
    private final List<ExternalLogReader> readers = new ArrayList<>();
    private final Set<String> standIns;
    private boolean closed;

    private RunLogs(LogSink console, ZContext zmq, LogPublisher publisher, String publisherError, Loggers loggers) {
        this.console = console;
        this.standIns = loggers.standIns();
        this.zmq = zmq;
        this.publisher = publisher;
        this.publisherError = publisherError;
        this.sink = publisher == null ? console : (node, text) -> {
            console.line(node, text);
            if (!loggers.nodes().contains(node)) { // a logger's own lines about the lines it reads would never end
                publisher.offer(node, text);
            }
        };
    }

    /**
     * Binds the log publisher when the topology has one; a bind that fails is an error line on the console (and in
     * {@link #publisherError()}), and the run goes on without it. Lines wait at most {@code subscriptionWait} for
     * the diagram's own loggers to subscribe.
     */
    public static RunLogs open(Topology topology, LogSink console, Duration subscriptionWait) {
        String endpoint = topology.settings().logPublisher();
        boolean readsLogs = topology.nodes().stream().anyMatch(n -> n.logs() != null
                && topology.placementOf(n) == Placement.EXTERNAL);
        if (endpoint == null && !readsLogs) {
            return new RunLogs(console, null, null, null, Loggers.NONE);
        }
        ZContext zmq = new ZContext(1);
        if (endpoint == null) {
            return new RunLogs(console, zmq, null, null, Loggers.NONE);
        }
        Loggers loggers = Loggers.of(topology, endpoint);
        try {
            LogPublisher publisher = new LogPublisher(zmq, endpoint, loggers.subscriptions(), subscriptionWait.toNanos());
            return new RunLogs(console, zmq, publisher, null, loggers);
        } catch (RuntimeException e) {
            String error = "the log publisher cannot bind " + endpoint + ": " + e.getMessage();
            console.line("engine", "error: " + error);
            return new RunLogs(console, zmq, null, error, loggers);
        }
    }

    /** Where the run's nodes log: the console, and the log publisher when there is one. */
    public LogSink sink() {
        return sink;
    }

    /** Starts reading the external programs' log PUBs; call once the run's sockets are set up. */
    public void startReaders(Topology topology) {
        for (Node node : topology.nodes()) {
            if (node.logs() != null && topology.placementOf(node) == Placement.EXTERNAL) {
                readers.add(new ExternalLogReader(zmq, node.id(), node.logs(), sink));
            }
        }
    }

    /** Whether every line logged so far has been published. */
    public boolean idle() {
        return publisher == null || publisher.idle();
    }

    /** How publishing went; empty when the topology has no log publisher. */
    public Optional<LogPublisher.Stats> publisherStats() {
        return publisher == null ? Optional.empty() : Optional.of(publisher.stats());
    }

    /**
     * The numbers of an external node that stands for the log publisher: the lines it published as its messages sent
     * (two frames each); null for any other node.
     */
    public EngineSnapshot.NodeStats standInStats(Node node, NodeState state) {
        if (!standIns.contains(node.id())) {
            return null;
        }
        long published = publisher == null ? 0 : publisher.stats().published();
        String error = publisher == null ? publisherError : null;
        return new EngineSnapshot.NodeStats(node.id(), node.type().name(), error == null ? state : NodeState.ERROR,
                published, 0, error, java.util.Map.of(), java.util.Map.of(), null, EngineSnapshot.Errors.of(error),
                2 * published, 0);
    }

    /** Why the log publisher is missing although the topology asks for one; null when it is not. */
    public String publisherError() {
        return publisherError;
    }

    /** Stops reading, publishes the lines still queued and releases the sockets; again, does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        readers.forEach(ExternalLogReader::requestStop);
        readers.forEach(ExternalLogReader::awaitStop);
        if (publisher != null) {
            publisher.close();
        }
        if (zmq != null) {
            zmq.close();
        }
    }

    /**
     * The diagram's loggers: the SUB and XSUB nodes (ours, and external programs such as {@code python3 -m zmq.log})
     * wired to an external PUB that binds the log publisher's endpoint (it stands for the publisher in the diagram),
     * and how many subscriptions they declare.
     */
    record Loggers(Set<String> standIns, Set<String> nodes, int subscriptions) {
        static final Loggers NONE = new Loggers(Set.of(), Set.of(), 0);

        static Loggers of(Topology topology, String endpoint) {
            Endpoint published = parse(endpoint).orElse(null);
            Set<String> standIns = new HashSet<>();
            for (Node node : topology.nodes()) {
                if (published != null && topology.placementOf(node) == Placement.EXTERNAL
                        && node.type() instanceof SocketType type && type.name().endsWith("PUB")
                        && node.socket(node.sides().getFirst()).binds().stream()
                        .flatMap(b -> parse(b).stream()).anyMatch(published::clashesWith)) {
                    standIns.add(node.id());
                }
            }
            Set<String> loggers = new HashSet<>();
            int subscriptions = 0;
            for (Wire wire : topology.wires()) {
                String other = standIns.contains(wire.to()) ? wire.from() : standIns.contains(wire.from()) ? wire.to() : null;
                Node logger = other == null ? null : topology.node(other).orElse(null);
                if (logger != null && (logger.type() == SocketType.SUB || logger.type() == SocketType.XSUB)) {
                    loggers.add(logger.id());
                    subscriptions += logger.socket(logger.sides().getFirst()).options().subscriptions().size();
                }
            }
            return new Loggers(Set.copyOf(standIns), Set.copyOf(loggers), subscriptions);
        }

        private static Optional<Endpoint> parse(String text) {
            try {
                return Optional.of(Endpoint.parse(text));
            } catch (EndpointSyntaxException e) {
                return Optional.empty();
            }
        }
    }
}
