package dev.zmqstudio.runtime.broker;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.runtime.behaviour.Activity;
import dev.zmqstudio.runtime.behaviour.ReceivedFrames;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeRuntime;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.zmqstudio.runtime.broker.BrokerProtocol.number;
import static dev.zmqstudio.runtime.broker.BrokerProtocol.text;

/**
 * A ROUTER node's durable broker. Requests are taken in batches (the node drains its socket), applied to the store
 * and made durable in one transaction; only then are they answered, so an acknowledged message survives the broker's
 * process being killed. A fetch that finds nothing may wait for the next message (long poll).
 */
public final class BrokerActivity implements Activity, AutoCloseable {
    private static final long RETAIN_EVERY_NANOS = 1_000_000_000L;

    private final NodeRuntime node;
    private final Behaviour.Broker spec;
    private final BrokerStore store;
    private final List<Request> batch = new ArrayList<>();
    private final List<Parked> parked = new ArrayList<>();
    /** The diagram's consumers of this broker: {group, topic}. The run is not over while one of them lags. */
    private final List<String[]> readers;
    private long retainAt;
    private volatile EngineSnapshot.QueueFacts facts;

    /** One request: the envelope to answer it with (the client's identity, a REQ's delimiter) and its frames. */
    private record Request(List<byte[]> envelope, List<byte[]> body) {
    }

    /** A fetch waiting for a message of its topic, until its deadline. */
    private record Parked(List<byte[]> envelope, String consumer, String topic, int max, long deadlineNanos) {
    }

    public BrokerActivity(NodeRuntime node, Behaviour.Broker spec, java.nio.file.Path file) throws SQLException {
        this.node = node;
        this.spec = spec;
        this.store = new BrokerStore(file);
        this.readers = readersOf(node.ctx.plan.topology, node.handle.plan.node().id());
        publishFacts();
    }

    /** The consumer nodes wired to the broker {@code brokerId}, as {group, topic}. */
    private static List<String[]> readersOf(dev.zmqstudio.model.Topology topology, String brokerId) {
        List<String[]> readers = new ArrayList<>();
        for (dev.zmqstudio.model.Wire wire : topology.wiresOf(brokerId)) {
            String other = wire.from().equals(brokerId) ? wire.to() : wire.from();
            topology.node(other).ifPresent(n -> {
                if (n instanceof dev.zmqstudio.model.SocketNode s && s.behaviour() instanceof Behaviour.Consumer c) {
                    readers.add(new String[] {c.groupFor(s.id()), c.topic()});
                }
            });
        }
        return readers;
    }

    /**
     * Busy while a consumer of the diagram has not registered or has not read everything: after the broker's process
     * was killed and restarted, a consumer's fetch may have died with it, and the run must wait for it to ask again.
     */
    @Override
    public boolean busy() {
        for (String[] reader : readers) {
            Long committed = store.committedOf(reader[0], reader[1]);
            if (committed == null || committed < store.end(reader[1])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean readsMessages() {
        return true;
    }

    @Override
    public boolean onMessage(ReceivedFrames message) {
        List<byte[]> data = message.data();
        int start = bodyStart(data);
        batch.add(new Request(message.upTo(start).data(), message.from(start).data()));
        return true;
    }

    /**
     * Where the request starts: right after the client's identity (a DEALER), or after the first empty delimiter that a
     * command follows (a REQ, also behind proxies that add identities). A payload may be empty, so an empty frame
     * alone does not end the envelope.
     */
    static int bodyStart(List<byte[]> data) {
        if (data.size() > 1 && BrokerProtocol.isCommand(data.get(1))) {
            return 1;
        }
        for (int i = 1; i + 1 < data.size(); i++) {
            if (data.get(i).length == 0 && BrokerProtocol.isCommand(data.get(i + 1))) {
                return i + 1;
            }
        }
        return Math.min(1, data.size());
    }

    @Override
    public void afterBatch() {
        if (batch.isEmpty()) {
            return;
        }
        List<Request> requests = List.copyOf(batch);
        batch.clear();
        List<List<byte[]>> replies = new ArrayList<>(requests.size());
        Set<String> grown = new HashSet<>();
        for (Request request : requests) {
            replies.add(apply(request, grown));
        }
        try {
            store.flush();
        } catch (SQLException e) {
            store.undoUnflushed(); // nothing answered ERR may be stored later, by the next batch's commit
            node.log("error: the broker's store failed: " + e.getMessage());
            requests.forEach(r -> send(r.envelope(), List.of(text(BrokerProtocol.ERR), text("store failed: " + e.getMessage()))));
            return;
        }
        long now = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            List<byte[]> reply = replies.get(i);
            if (reply == null) { // a fetch: answered now that the batch is durable, or parked
                fetch(requests.get(i), now);
            } else {
                send(requests.get(i).envelope(), reply);
            }
        }
        answerParked(grown, now);
        publishFacts();
    }

    /** Applies a request; returns its reply, or null for a fetch (answered after the flush). */
    private List<byte[]> apply(Request request, Set<String> grown) {
        List<byte[]> f = request.body();
        try {
            String command = f.isEmpty() ? "" : text(f.getFirst());
            checkNames(command, f);
            return switch (command) {
                case BrokerProtocol.PUB -> {
                    need(f, 3, 4, "PUB topic payload [key]");
                    String topic = text(f.get(1));
                    long offset = store.append(topic, f.get(2), System.currentTimeMillis());
                    grown.add(topic);
                    if (spec.log()) {
                        node.log("stored " + topic + " #" + offset);
                    }
                    List<byte[]> ack = new ArrayList<>(List.of(text(BrokerProtocol.ACK), f.get(1), number(offset)));
                    if (f.size() == 4) {
                        ack.add(f.get(3));
                    }
                    yield ack;
                }
                case BrokerProtocol.REG -> {
                    need(f, 3, 3, "REG consumer topic");
                    long next = store.register(text(f.get(1)), text(f.get(2)));
                    yield List.of(text(BrokerProtocol.REG), f.get(1), f.get(2), number(next));
                }
                case BrokerProtocol.COMMIT -> {
                    need(f, 4, 4, "COMMIT consumer topic next");
                    registered(text(f.get(1)), text(f.get(2)));
                    long next = store.commit(text(f.get(1)), text(f.get(2)), BrokerProtocol.number(f, 3, "the offset"));
                    yield List.of(text(BrokerProtocol.OK), f.get(1), f.get(2), number(next));
                }
                case BrokerProtocol.FETCH -> {
                    need(f, 4, 5, "FETCH consumer topic max [waitMs]");
                    registered(text(f.get(1)), text(f.get(2)));
                    long max = BrokerProtocol.number(f, 3, "max");
                    if (max < 1 || max > Behaviour.Consumer.MAX_BATCH) {
                        throw new BrokerProtocol.BadRequest("max must be 1 to " + Behaviour.Consumer.MAX_BATCH + ", not " + max);
                    }
                    if (f.size() == 5) {
                        long wait = BrokerProtocol.number(f, 4, "waitMs");
                        if (wait < 0 || wait > BrokerProtocol.MAX_WAIT_MS) {
                            throw new BrokerProtocol.BadRequest("waitMs must be 0 to " + BrokerProtocol.MAX_WAIT_MS + ", not " + wait);
                        }
                    }
                    yield null;
                }
                default -> throw new BrokerProtocol.BadRequest("unknown command '" + command
                        + "'; the broker takes PUB, REG, FETCH and COMMIT (docs/broker-protocol.md)");
            };
        } catch (BrokerProtocol.BadRequest e) {
            return List.of(text(BrokerProtocol.ERR), text(e.getMessage()));
        } catch (SQLException e) {
            return List.of(text(BrokerProtocol.ERR), text("store failed: " + e.getMessage()));
        }
    }

    /** Topics and consumer ids are names of 1 to 255 bytes: they are stored, reported and drawn. */
    private static void checkNames(String command, List<byte[]> f) {
        if (command.equals(BrokerProtocol.PUB)) {
            if (f.size() > 1) {
                BrokerProtocol.checkName(f.get(1), "the topic");
            }
        } else if (!f.isEmpty() && BrokerProtocol.isCommand(f.getFirst())) {
            if (f.size() > 1) {
                BrokerProtocol.checkName(f.get(1), "the consumer");
            }
            if (f.size() > 2) {
                BrokerProtocol.checkName(f.get(2), "the topic");
            }
        }
    }

    private static void need(List<byte[]> frames, int min, int max, String form) {
        if (frames.size() < min || frames.size() > max) {
            throw new BrokerProtocol.BadRequest("expected " + form + " (" + min + (min == max ? "" : " or " + max)
                    + " frames), got " + frames.size() + " frames");
        }
    }

    private void registered(String consumer, String topic) {
        if (store.committedOf(consumer, topic) == null) {
            throw new BrokerProtocol.BadRequest("consumer '" + consumer + "' is not registered on '" + topic
                    + "'; send REG consumer topic first");
        }
    }

    private void fetch(Request request, long now) {
        List<byte[]> f = request.body();
        String consumer = text(f.get(1));
        String topic = text(f.get(2));
        int max = (int) BrokerProtocol.number(f, 3, "max");
        long waitMs = f.size() == 5 ? BrokerProtocol.number(f, 4, "waitMs") : 0; // checked by apply
        if (!answer(request.envelope(), consumer, topic, max, waitMs == 0)) {
            // One waiting fetch per client and consumer: a fetch sent again replaces the one it repeats.
            parked.removeIf(p -> p.consumer().equals(consumer) && p.topic().equals(topic)
                    && java.util.Arrays.equals(p.envelope().getFirst(), request.envelope().getFirst()));
            parked.add(new Parked(request.envelope(), consumer, topic, max, now + waitMs * 1_000_000L));
        }
    }

    /** Sends what {@code consumer} has to read; false (nothing sent) when there is nothing and it may wait. */
    private boolean answer(List<byte[]> envelope, String consumer, String topic, int max, boolean evenEmpty) {
        List<BrokerStore.Stored> found;
        try {
            found = store.read(topic, store.committedOf(consumer, topic), max);
        } catch (SQLException e) {
            send(envelope, List.of(text(BrokerProtocol.ERR), text("store failed: " + e.getMessage())));
            return true;
        }
        if (found.isEmpty() && !evenEmpty) {
            return false;
        }
        List<byte[]> reply = new ArrayList<>(3 + 2 * found.size());
        reply.add(text(BrokerProtocol.MSGS));
        reply.add(text(topic));
        reply.add(number(store.end(topic)));
        for (BrokerStore.Stored s : found) {
            reply.add(number(s.offset()));
            reply.add(s.payload());
        }
        send(envelope, reply);
        return true;
    }

    private void answerParked(Set<String> grown, long now) {
        if (parked.isEmpty()) {
            return;
        }
        parked.removeIf(p -> (grown.contains(p.topic()) && answer(p.envelope(), p.consumer(), p.topic(), p.max(), false))
                || (now >= p.deadlineNanos() && answer(p.envelope(), p.consumer(), p.topic(), p.max(), true)));
    }

    private void send(List<byte[]> envelope, List<byte[]> body) {
        List<byte[]> frames = new ArrayList<>(envelope.size() + body.size());
        frames.addAll(envelope);
        frames.addAll(body);
        node.handle.send(frames);
    }

    @Override
    public long nextDueNanos() {
        long next = Long.MAX_VALUE;
        for (Parked p : parked) {
            next = Math.min(next, p.deadlineNanos());
        }
        return retains() ? Math.min(next, retainAt) : next;
    }

    private boolean retains() {
        return spec.keep() > 0 || spec.maxAgeSeconds() > 0;
    }

    @Override
    public void fire(long now) {
        answerParked(Set.of(), now);
        if (retains() && now >= retainAt) {
            retainAt = now + RETAIN_EVERY_NANOS;
            try {
                store.retain(spec.keep(), (long) (spec.maxAgeSeconds() * 1000), System.currentTimeMillis());
            } catch (SQLException e) {
                node.log("error: the broker could not drop old messages: " + e.getMessage());
            }
            publishFacts();
        }
    }

    @Override
    public void step() {
    }

    @Override
    public boolean finished() {
        return false;
    }

    private void publishFacts() {
        Map<String, EngineSnapshot.TopicFacts> topics = new LinkedHashMap<>();
        store.topics().forEach((name, range) -> topics.put(name,
                new EngineSnapshot.TopicFacts(range.first(), range.next(), range.committed())));
        facts = EngineSnapshot.QueueFacts.broker(topics);
    }

    @Override
    public EngineSnapshot.QueueFacts facts() {
        return facts;
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (SQLException e) {
            node.log("error: closing the broker's store failed: " + e.getMessage());
        }
    }
}
