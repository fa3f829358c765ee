package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.behaviour.Activity;
import dev.zmqstudio.runtime.behaviour.AggregateStats;
import dev.zmqstudio.runtime.behaviour.KeyCounts;
import dev.zmqstudio.runtime.behaviour.CsvRecorder;
import dev.zmqstudio.runtime.behaviour.Expressions;
import dev.zmqstudio.runtime.behaviour.GeneratorActivity;
import dev.zmqstudio.runtime.behaviour.LinkRuntime;
import dev.zmqstudio.runtime.behaviour.MessageTemplate;
import dev.zmqstudio.runtime.behaviour.MessageView;
import dev.zmqstudio.runtime.behaviour.ReceivedFrames;
import dev.zmqstudio.runtime.behaviour.RequesterActivity;
import dev.zmqstudio.runtime.behaviour.Template;
import dev.zmqstudio.runtime.broker.BrokerActivity;
import dev.zmqstudio.runtime.broker.ConsumerActivity;
import dev.zmqstudio.runtime.broker.ProducerActivity;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.runtime.functions.ExpressionFunctions;
import zmq.Msg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** One socket node while it runs: its socket, its behaviour, its outgoing links, its state. Unit thread only. */
public final class NodeRuntime {
    private static final int DRAIN_BATCH = 4096;
    private static final long STOP_CHECK_NANOS = 50_000_000L;
    private static final long REPLY_PATIENCE_NANOS = 500_000_000L;
    private static final ExpressionFunctions NUMBERS = new ExpressionFunctions();

    final SocketNode node;
    public final RunContext ctx;
    final List<LinkRuntime> outLinks = new ArrayList<>();
    final AggregateStats aggregateStats = new AggregateStats();
    private final KeyCounts keyCounts = new KeyCounts();
    public SocketHandle handle;
    Activity activity;
    private volatile NodeState state = NodeState.STARTING;
    private volatile String error;
    private final NodeErrors errors;
    private Template sinkFormat;
    private MessageTemplate replyTemplate;
    private Expressions.Compiled aggregate;
    private Expressions.Compiled countBy;
    private CsvRecorder recorder;
    /** A generator on a two-way socket (PAIR, DEALER) logs what it receives, as the classic scripts print it. */
    private boolean logsReceipts;
    private boolean needsText = true;
    /** A message received by a waiting {@link #drain(boolean)} and not yet handled. */
    private boolean heldMessage;
    /** Simulated processing time per message received (a slow consumer); 0: none. */
    private long workNanos;

    public NodeRuntime(SocketNode node, RunContext ctx) {
        this.node = node;
        this.ctx = ctx;
        this.errors = new NodeErrors(ctx.log, node.id());
    }

    String id() {
        return node.id();
    }

    NodeState state() {
        NodeState now = state;
        boolean live = now == NodeState.RUNNING || now == NodeState.WAITING;
        return live && ctx.nodePaused(node.id()) ? NodeState.PAUSED : now;
    }

    String error() {
        return error;
    }

    boolean alive() {
        return state != NodeState.ERROR && handle != null;
    }

    public void log(String text) {
        ctx.log.line(node.id(), text);
    }

    void fail(String message) {
        error = message;
        state = NodeState.ERROR;
        errors.addFatal(message, System.nanoTime());
    }

    /** Builds the behaviour once the socket exists; a bad template or expression fails the node here. */
    void prepare() {
        Template.Bindings bindings = Template.Bindings.of(node, port());
        switch (node.behaviour()) {
            case Behaviour.Generator g -> {
                activity = new GeneratorActivity(this, g,
                        named("template", () -> MessageTemplate.compile(g.frameTemplates(), bindings, g.seed())));
                logsReceipts = g.log() && node.type().receivesData();
            }
            case Behaviour.Requester r -> activity = new RequesterActivity(this, r,
                    named("template", () -> MessageTemplate.compile(r.frameTemplates(), bindings, 1)));
            case Behaviour.Replier r -> replyTemplate = named("reply template", () -> MessageTemplate.compile(r.frameTemplates(), bindings, 1));
            case Behaviour.Sink s -> {
                prepareSink(s, bindings);
                recorder = s.record() == null ? null : new CsvRecorder(ctx.outputs, s.record());
                workNanos = (long) (s.workMillis() * 1_000_000L);
            }
            case Behaviour.Broker b -> activity = named("store", () -> openBroker(b));
            case Behaviour.Producer p -> activity = new ProducerActivity(this, p, p.template() == null ? null
                    : named("template", () -> Template.compile(p.template(), bindings, p.seed())));
            case Behaviour.Consumer c -> {
                prepareSink(c.asSink(), bindings);
                activity = new ConsumerActivity(this, c, node.id());
            }
            case Behaviour.Passive p -> { }
        }
        state = activity != null ? NodeState.WAITING : NodeState.RUNNING;
    }

    /** What a sink (or a consumer, for each message it fetches) does with a message: its format and expressions. */
    private void prepareSink(Behaviour.Sink s, Template.Bindings bindings) {
        sinkFormat = s.log() ? named("format", () -> Template.compile(s.format(), bindings, 1)) : null;
        aggregate = s.aggregate() == null ? null : Expressions.compile(s.aggregate(), "aggregate of node " + node.id());
        countBy = s.countBy() == null ? null : Expressions.compile(s.countBy(), "countBy of node " + node.id());
    }

    /** The broker's store, opened (made when new) in the output folder. */
    private BrokerActivity openBroker(Behaviour.Broker spec) {
        String store = spec.storeFor(node.id());
        try {
            return new BrokerActivity(this, spec, ctx.outputs.database(store));
        } catch (java.io.IOException | java.sql.SQLException e) {
            throw new IllegalArgumentException("cannot open " + ctx.outputs.describe(store) + ": " + e.getMessage(), e);
        }
    }

    /** Compiles one of the node's templates; a bad one fails the node, named: "template of node pusher: ...". */
    private <T> T named(String what, java.util.function.Supplier<T> compile) {
        try {
            return compile.get();
        } catch (IllegalArgumentException e) {
            throw new NodeFailure(what + " of node " + node.id() + ": " + e.getMessage(), e);
        }
    }

    private List<String> topics() {
        return node.behaviour() instanceof Behaviour.Generator g ? g.topics() : List.of();
    }

    /** The first tcp port this node binds, else the first it connects to ("" when none). */
    private String port() {
        for (String bind : node.socket().binds()) {
            Endpoint e = Endpoint.parse(bind);
            if (e.transport() == Transport.TCP) {
                return Integer.toString(e.port());
            }
        }
        for (RunPlan.WirePlan w : handle.plan.connects()) {
            if (w.endpoint.transport() == Transport.TCP) {
                return Integer.toString(w.endpoint.port());
            }
        }
        return "";
    }

    /** Gate opened or activity progressed: keep the visible state in step (a REQ stuck on its reply waits). */
    void refreshState() {
        if (state == NodeState.ERROR || activity == null) {
            return;
        }
        NodeState next = activity.finished() ? NodeState.FINISHED
                : activity instanceof RequesterActivity r && r.waitingLongerThan(REPLY_PATIENCE_NANOS, System.nanoTime())
                ? NodeState.WAITING : NodeState.RUNNING;
        if (next != state) {
            state = next;
        }
    }

    void markStopped() {
        if (state == NodeState.RUNNING || state == NodeState.WAITING || state == NodeState.STARTING) {
            state = NodeState.STOPPED;
        }
    }

    /** The socket is readable: take what is pending, in a bounded batch. */
    void drain() {
        drain(false);
    }

    /**
     * Takes what is pending in a bounded batch; returns true when it found nothing more to take (caught up).
     * With {@code waitForFirst} it first blocks until a message comes (a lone receiver needs no poller, and skips
     * its selector round trip); a node that only counts waits for every message of the batch instead. A node that
     * handles each message returns after that wait with the message held, unhandled, and handles it at the next
     * call: the caller shows it busy first, as handling may take long (a slow consumer).
     */
    boolean drain(boolean waitForFirst) {
        if (handle.seesSubscriptions) {
            return drainSubscriptions();
        }
        if (countsInBatches()) {
            if (!waitForFirst) {
                return handle.receiveCounted(DRAIN_BATCH) < DRAIN_BATCH;
            }
            // Counting takes no time, so a backlog lasts microseconds: the node counts as caught up (its count
            // moves with every message, which is what the pressure tracker also checks).
            handle.receiveCountedWaiting(DRAIN_BATCH);
            return true;
        }
        if (waitForFirst && !heldMessage) {
            heldMessage = handle.receive(true);
            return !heldMessage;
        }
        try {
            int taken = 0;
            if (heldMessage) {
                heldMessage = false;
                handleMessage();
                taken = 1;
            }
            for (; taken < DRAIN_BATCH && !ctx.stopping; taken++) {
                if (!handle.receive(false)) {
                    return true;
                }
                handleMessage();
            }
            return false;
        } finally {
            if (activity != null) {
                activity.afterBatch();
            }
        }
    }

    private void handleMessage() {
        try {
            react();
        } catch (Expressions.ExpressionException | Template.TemplateException | NodeFailure e) {
            messageFailed(e);
        }
        if (workNanos > 0) {
            work();
        }
    }

    /** Takes the node's processing time for one message, in steps short enough to notice Stop. */
    private void work() {
        long until = System.nanoTime() + workNanos;
        for (long left = workNanos; left > 0 && !ctx.stopping; left = until - System.nanoTime()) {
            LockSupport.parkNanos(Math.min(left, STOP_CHECK_NANOS));
        }
    }

    private boolean drainSubscriptions() {
        for (int i = 0; i < DRAIN_BATCH; i++) {
            Msg msg = handle.receiveControl();
            if (msg == null) {
                return true;
            }
            byte[] data = msg.data();
            if (data.length > 0 && data[0] == 1) {
                ctx.gate.subscriptionSeen(handle.plan.index(), new String(data, 1, data.length - 1, StandardCharsets.UTF_8));
            }
        }
        return false;
    }

    /** Messages by the text the sink's countBy expression gave; null when it has none. */
    java.util.Map<String, Long> countsBy() {
        return countBy == null ? null : keyCounts.snapshot();
    }

    /** Whether this node evaluates user expressions (its sink aggregate, its links' filters and transforms). */
    boolean evaluatesExpressions() {
        return aggregate != null || countBy != null || outLinks.stream().anyMatch(LinkRuntime::evaluates);
    }

    /** A node that only counts what it receives takes it in batches, never one message held at a time. */
    private boolean countsInBatches() {
        return !needsText && workNanos == 0 && handle.receivesFromOneKnownWire();
    }

    /** Whether {@link #awaitMessage} can serve this node: it takes its messages one at a time (not subscriptions). */
    boolean takesOneAtATime() {
        return !handle.seesSubscriptions && !countsInBatches();
    }

    /**
     * Waits up to {@code millis} (0: not at all) for a message, which the next {@link #drain()} handles first; true
     * when one came. For a runner with one socket to watch: its own wait is one selector round trip, a poller's
     * is two and more bookkeeping (REQ clients of a QUEUE spent half their CPU in JeroMQ's poller).
     */
    boolean awaitMessage(int millis) {
        if (!heldMessage) {
            handle.waitAtMost(millis);
            heldMessage = handle.receive(millis > 0);
        }
        return heldMessage;
    }

    /** Whether received messages need decoding at all (a plain counting sink does not). Set once links exist. */
    void settle() {
        needsText = sinkFormat != null || aggregate != null || countBy != null || recorder != null || !outLinks.isEmpty()
                || replyTemplate != null || activity instanceof RequesterActivity || logsReceipts
                || activity != null && activity.readsMessages();
    }

    private void react() {
        if (!needsText) {
            return;
        }
        ReceivedFrames message = ReceivedFrames.of(handle.frames);
        byte[] body = message.last();
        String text = message.lastText();
        MessageView view = new MessageView(text, message, handle.received.get() - 1, node.id(), body.length);
        if (activity != null && activity.onMessage(message)) {
            refreshState();
            return; // a broker's request or reply: the activity handles it
        }
        if (activity instanceof RequesterActivity requester) {
            requester.onReply(message);
            refreshState();
        }
        if (replyTemplate != null) {
            reply(message, view);
        }
        if (logsReceipts) {
            log(Behaviour.Sink.DEFAULT_FORMAT.replace("{msg}", message.shown()));
        }
        sinkSteps(message, view);
    }

    /** What a sink does with a message: log it, aggregate it, count it by key, record it, hand it to the links. */
    private void sinkSteps(ReceivedFrames message, MessageView view) {
        if (sinkFormat != null) {
            // {msg} is the whole message as a log shows it (one frame: its text, as always), {frames} always brackets.
            log(sinkFormat.expandText(view.n(), message.shown(), message.bracketed()));
        }
        if (aggregate != null) {
            aggregateStats.add(NUMBERS.num(aggregate.evaluate(view)));
        }
        if (countBy != null) {
            keyCounts.count(NUMBERS.str(countBy.evaluate(view)));
        }
        if (recorder != null) {
            recorder.record(node.id(), senderOf(handle.lastReceiveWire), view);
        }
        for (LinkRuntime link : outLinks) {
            link.offer(view, message.data(), ctx, handle);
        }
    }

    /** A message a consumer fetched from a broker, as its sink steps and expressions see it. */
    public MessageView recordView(byte[] payload, long n) {
        ReceivedFrames message = new ReceivedFrames(List.of(payload));
        return new MessageView(message.lastText(), message, n, node.id(), payload.length);
    }

    /** Handles a fetched message as a sink does; a failing expression counts an error on this node and skips it. */
    public void handleRecord(MessageView view, List<byte[]> frames) {
        sinkSteps(new ReceivedFrames(frames), view);
    }

    /** A message failed (a consumer's dedupe, aggregate, link...): counted on this node, as any message's failure. */
    public void messageFailed(RuntimeException e) {
        if (e instanceof Expressions.ExpressionException || e instanceof Template.TemplateException || e instanceof NodeFailure) {
            if (!ctx.stopping) { // an evaluation cut short by Stop is no error of the message
                errors.add(e.getMessage(), System.nanoTime());
            }
            return;
        }
        throw e;
    }

    /** Whether a node this one links to still holds work (a producer waiting for acknowledgements). */
    public boolean linkedBusy() {
        for (LinkRuntime link : outLinks) {
            Activity target = link.target().activity;
            if (target != null && target.busy()) {
                return true;
            }
        }
        return false;
    }

    /** A link hands this node a message: a producer publishes it (true); any other node sends it on its socket (false). */
    public boolean takeLinked(List<byte[]> frames) {
        if (activity instanceof ProducerActivity producer) {
            producer.take(frames.getLast());
            return true;
        }
        return false;
    }

    /** What this node's broker, producer or consumer did; null for other nodes. */
    EngineSnapshot.QueueFacts queueFacts() {
        Activity a = activity;
        return a == null ? null : a.facts();
    }

    /**
     * Answers a request. A REP's socket keeps the envelope itself; a ROUTER sends the request's envelope (the peer's
     * identity, and the frames up to the empty delimiter when there is one) back in front of the reply, unchanged.
     */
    private void reply(ReceivedFrames message, MessageView view) {
        Behaviour.Replier spec = (Behaviour.Replier) node.behaviour();
        if (spec.log()) {
            log("Received request: " + message.shown());
        }
        boolean router = node.type() == SocketType.ROUTER;
        int bodyStart = router ? message.routerBodyStart() : 0;
        ReceivedFrames request = message.from(bodyStart);
        // An echo sends the request's own bytes back, so binary payloads survive (text decoding would not).
        List<byte[]> reply = new ArrayList<>(message.upTo(bodyStart).data());
        reply.addAll(replyTemplate.isEcho() ? request.data()
                : replyTemplate.expand(view.n(), request.lastText(), request.bracketed()));
        boolean sent = reply.size() == 1 ? handle.send(reply.getFirst()) : handle.send(reply);
        if (sent && spec.log()) {
            log("Sent reply: " + (reply.size() == 1 ? new String(reply.getFirst(), StandardCharsets.UTF_8)
                    : new ReceivedFrames(reply).bracketed()));
        }
    }

    private String senderOf(int wire) {
        if (wire < 0) {
            return "";
        }
        RunPlan.WirePlan w = ctx.plan.wires.get(wire);
        return w.other(handle.plan).node().id();
    }

    /** Every failure on this node so far (any thread); logs the count of those not logged for a second. */
    EngineSnapshot.Errors errors() {
        errors.flushDue(System.nanoTime());
        return errors.snapshot();
    }

    void close() {
        errors.flush(System.nanoTime());
        if (activity instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                log("error: " + e.getMessage());
            }
        }
        if (recorder != null) {
            recorder.close();
            log(recorder.summary());
        }
        if (handle != null) {
            handle.close();
        }
    }
}
