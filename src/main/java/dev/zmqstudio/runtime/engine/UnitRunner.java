package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.behaviour.Activity;
import dev.zmqstudio.runtime.behaviour.Expressions;
import dev.zmqstudio.runtime.behaviour.LinkRuntime;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.runtime.sandbox.ExpressionBudget;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Phaser;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs a group of linked socket nodes (usually one node) on one thread: poll, react, send what is due. */
final class UnitRunner extends Runner {
    private final List<NodeRuntime> nodes;
    private ZMQ.Poller poller;
    private final List<NodeRuntime> polled = new ArrayList<>();
    /** The polled nodes not paused, each at its place in {@link #poller}; {@link #polled} until a node is paused. */
    private List<NodeRuntime> active = polled;
    private int seenPauseVersion;
    /** How often a paused lone receiver looks whether it was resumed. */
    private static final long PAUSE_CHECK_NANOS = 10_000_000L;
    private long stepSeen;
    /** The socket a lone receiver waits on without a timeout (null: this runner never waits unboundedly). */
    private volatile SocketHandle waitingOn;
    /**
     * Held while Stop wakes the receiver and while this runner starts closing its sockets, so that a wake never
     * reaches a socket being closed (JeroMQ then finds its mailbox closed: Stop failed with ClosedChannelException).
     */
    private final Object closing = new Object();
    /** Guarded by {@link #closing}. */
    private boolean closed;
    /** The time budget of this thread's expression evaluations (null: it evaluates none, or budgets are off). */
    private volatile ExpressionBudget budget;

    /** Set by Kill node: the loop ends and the sockets close, as if the process of these nodes had died. */
    private volatile boolean killed;
    /** The runner these nodes ran on before a restart (null: the first): counts and samples go on from it. */
    private final UnitRunner before;

    UnitRunner(RunContext ctx, Phaser phaser, List<SocketNode> unit) {
        this(ctx, phaser, unit, null);
    }

    private UnitRunner(RunContext ctx, Phaser phaser, List<SocketNode> unit, UnitRunner before) {
        super(ctx, phaser);
        this.nodes = unit.stream().map(n -> new NodeRuntime(n, ctx)).toList();
        this.before = before;
    }

    /** The same nodes on a new runner, started again after {@code this} ended (killed or stopped). */
    UnitRunner restarted(Phaser phaser) {
        return new UnitRunner(ctx, phaser, nodes.stream().map(n -> n.node).toList(), this);
    }

    /** Any thread: ends the loop and closes the sockets (peers see the connections go), without stopping the run. */
    void kill() {
        killed = true;
        wake();
    }

    private boolean ending() {
        return ctx.stopping || killed;
    }

    private SocketHandle handleBefore(String nodeId) {
        if (before == null) {
            return null;
        }
        return before.nodes.stream().filter(n -> n.id().equals(nodeId)).map(n -> n.handle).findFirst().orElse(null);
    }

    List<NodeRuntime> nodes() {
        return nodes;
    }

    /** Decided from the file before the thread starts: a sink's aggregate, a filter or transform on a link. */
    @Override
    boolean needsOwnThread() {
        Set<String> ids = nodes.stream().map(NodeRuntime::id).collect(Collectors.toSet());
        boolean aggregates = nodes.stream().anyMatch(n -> n.node.behaviour() instanceof Behaviour.Sink s && s.aggregate() != null
                || n.node.behaviour() instanceof Behaviour.Broker || n.node.behaviour() instanceof Behaviour.Consumer);
        return aggregates || ctx.plan.topology.links().stream()
                .anyMatch(l -> ids.contains(l.from()) && (l.filter() != null || l.transform() != null));
    }

    @Override
    public String name() {
        return "node-" + nodes.getFirst().id();
    }

    @Override
    protected void bindPhase() {
        for (NodeRuntime node : nodes) {
            try {
                node.handle = new SocketHandle(ctx, ctx.plan.side(node.id(), Side.MAIN), handleBefore(node.id()));
                node.handle.bindAll();
            } catch (NodeFailure | ZMQException e) {
                failNode(node, e.getMessage());
            }
        }
    }

    @Override
    protected void connectPhase() {
        for (NodeRuntime node : nodes) {
            if (!node.alive()) {
                continue;
            }
            try {
                node.handle.connectAll();
                node.prepare();
            } catch (NodeFailure | ZMQException | Expressions.ExpressionException | IllegalArgumentException e) {
                failNode(node, e.getMessage());
            }
        }
        Map<String, NodeRuntime> byId = nodes.stream().collect(Collectors.toMap(NodeRuntime::id, Function.identity()));
        for (Link link : ctx.plan.topology.links()) {
            NodeRuntime from = byId.get(link.from());
            NodeRuntime to = byId.get(link.to());
            if (from == null || to == null || !from.alive() || !to.alive()) {
                continue;
            }
            try {
                from.outLinks.add(new LinkRuntime(link, to));
            } catch (Expressions.ExpressionException e) {
                failNode(from, e.getMessage());
            }
        }
        nodes.forEach(NodeRuntime::settle);
        poller = ctx.zmq.createPoller(nodes.size());
        for (NodeRuntime node : nodes) {
            if (node.alive() && node.node.type() != SocketType.PUSH) {
                poller.register(node.handle.socket(), ZMQ.Poller.POLLIN);
                polled.add(node);
            }
        }
    }

    private void failNode(NodeRuntime node, String message) {
        node.fail(message);
        RunPlan.SidePlan side = ctx.plan.side(node.id(), Side.MAIN);
        ctx.gate.failed(side, SocketHandle.unopenedWires(node.handle, side));
    }

    @Override
    protected void loop() {
        try (ExpressionBudget opened = openBudget()) {
            budget = opened;
            if (ending() && opened != null) {
                opened.stop(); // Stop came before the budget existed
            }
            if (isLoneReceiver()) {
                receiveLoop(polled.getFirst());
            } else {
                pollLoop();
            }
        }
    }

    /** A budget for this thread when one of its nodes evaluates expressions: the watchdog only runs when needed. */
    private ExpressionBudget openBudget() {
        boolean evaluates = nodes.stream().anyMatch(NodeRuntime::evaluatesExpressions);
        if (!ctx.expressionBudgets || !evaluates) {
            return null;
        }
        return ExpressionBudget.open(Duration.ofMillis(ctx.plan.topology.settings().expressionBudgetMs()));
    }

    private void pollLoop() {
        while (!ending()) {
            if (ctx.pauseVersion() != seenPauseVersion) {
                pollOnlyActive();
            }
            long now = System.nanoTime();
            long next = now + IDLE_POLL_MS * 1_000_000L;
            boolean open = ctx.gate.isOpen();
            if (open) {
                next = Math.min(next, runActivities(now));
            }
            long waitNanos = open ? Math.max(0, next - now) : 10_000_000L;
            if (active.isEmpty()) {
                idle = activitiesIdle();
                if (waitNanos > 0) {
                    LockSupport.parkNanos(waitNanos);
                } else {
                    shareCarrier();
                }
                continue;
            }
            // Waits count whole milliseconds: round up, or a wait under 1 ms would spin until it is due.
            int waitMillis = waitNanos == 0 ? 0 : (int) Math.max(1, (waitNanos + 999_999L) / 1_000_000L);
            if (active.size() == 1 && active.getFirst().takesOneAtATime()) {
                waitOnItsSocket(active.getFirst(), waitMillis);
                continue;
            }
            int ready = poller.poll(waitMillis);
            idle = ready == 0 && !activitiesBusy();
            for (NodeRuntime node : active) {
                ctx.caughtUp(node.handle.plan.index(), idle);
            }
            if (ready > 0) {
                for (int i = 0; i < active.size(); i++) {
                    if (poller.pollin(i)) {
                        active.get(i).drain();
                    }
                }
            }
            if (ready > 0 || waitNanos == 0) {
                shareCarrier();
            }
        }
    }

    /** One socket to watch: waits on the socket itself rather than through the poller, then takes what came. */
    private void waitOnItsSocket(NodeRuntime node, int waitMillis) {
        boolean got = node.awaitMessage(waitMillis);
        idle = !got && !activitiesBusy();
        ctx.caughtUp(node.handle.plan.index(), idle);
        if (got) {
            node.drain();
        }
        if (got || waitMillis == 0) {
            shareCarrier();
        }
    }

    /** A node was paused or resumed: the poller watches only the sockets of nodes that take messages. */
    private void pollOnlyActive() {
        seenPauseVersion = ctx.pauseVersion();
        List<NodeRuntime> now = polled.stream().filter(n -> !ctx.nodePaused(n.id())).toList();
        if (now.equals(active)) {
            return;
        }
        poller.close();
        poller = ctx.zmq.createPoller(Math.max(1, now.size()));
        now.forEach(n -> poller.register(n.handle.socket(), ZMQ.Poller.POLLIN));
        active = now;
    }

    /** A producer waiting for acknowledgements, a consumer with offsets to commit: the run must not end on them. */
    private boolean activitiesBusy() {
        for (NodeRuntime n : nodes) {
            if (n.activity != null && n.alive() && n.activity.busy()) {
                return true;
            }
        }
        return false;
    }

    private boolean activitiesIdle() {
        for (NodeRuntime n : nodes) {
            if (n.activity != null && !n.activity.finished() && n.alive()) {
                return false;
            }
        }
        return true;
    }

    /** One node that only reacts to what it receives: the commonest unit, and the hottest receive path. */
    private boolean isLoneReceiver() {
        return nodes.size() == 1 && polled.size() == 1 && nodes.getFirst().activity == null
                && !nodes.getFirst().handle.seesSubscriptions;
    }

    /**
     * Every take starts with a wait for a message (which returns at once when one is queued), never with a try that
     * comes back empty and is made again; a counting node waits for every message. Receives that come back empty
     * are what a fast receiver pays for: PUSH->PULL inproc ran at about 0.75 of raw JeroMQ trying again at once,
     * about 0.82 trying once per batch, and about 0.9 never trying (medians of 31 rounds, three runs each).
     */
    private void receiveLoop(NodeRuntime node) {
        SocketHandle handle = node.handle;
        handle.waitWithoutTimeout();
        waitingOn = handle;
        showCaughtUp(handle, true); // nothing taken yet
        while (!ending()) {
            if (ctx.pauseVersion() != seenPauseVersion) {
                seenPauseVersion = ctx.pauseVersion();
                if (ctx.nodePaused(node.id())) {
                    waitWhilePaused(node, handle);
                } else {
                    handle.resumeWait(); // a pause and a resume came and went: forget the wake they left
                }
                continue; // and look again before waiting: another change may have come meanwhile
            }
            showCaughtUp(handle, node.drain(true)); // a wait ends when a message comes, at wake() on Stop, or a pause
            shareCarrier(); // a receiver whose queue never empties never waits
        }
    }

    /** Takes nothing until the node is resumed (or Stop), then waits for messages as before. */
    private void waitWhilePaused(NodeRuntime node, SocketHandle handle) {
        showCaughtUp(handle, false);
        while (!ending() && ctx.nodePaused(node.id())) {
            LockSupport.parkNanos(PAUSE_CHECK_NANOS);
        }
        seenPauseVersion = ctx.pauseVersion();
        handle.resumeWait();
    }

    /** A node was paused: a lone receiver waiting for a message stops waiting, to see it. Any thread. */
    void pauseChanged() {
        cancelWaiting();
    }

    /** Ends a lone receiver's wait for a message, unless its sockets are closing. Any thread. */
    private void cancelWaiting() {
        SocketHandle handle = waitingOn;
        if (handle != null) {
            synchronized (closing) {
                if (!closed) {
                    handle.cancelWait();
                }
            }
        }
    }

    /** Written only when it changes: a receiver that keeps catching up writes nothing shared. */
    private void showCaughtUp(SocketHandle handle, boolean caughtUp) {
        if (idle != caughtUp) {
            idle = caughtUp;
            ctx.caughtUp(handle.plan.index(), caughtUp);
        }
    }

    /** After {@code ctx.stopping} is set: ends a lone receiver's wait, so its thread sees Stop at once. */
    @Override
    void wake() {
        ExpressionBudget evaluations = budget;
        if (evaluations != null) {
            evaluations.stop(); // an evaluation under way ends at its next step
        }
        cancelWaiting();
    }

    /** Fires what is due; returns when something is next due. */
    private long runActivities(long now) {
        long next = Long.MAX_VALUE;
        long step = ctx.stepGeneration;
        boolean stepping = step != stepSeen;
        stepSeen = step;
        for (NodeRuntime node : nodes) {
            Activity activity = node.activity;
            if (activity == null || !node.alive() || ctx.nodePaused(node.id())) {
                continue;
            }
            if (ctx.paused) {
                if (stepping) {
                    activity.step();
                }
            } else {
                activity.fire(now);
                next = Math.min(next, activity.nextDueNanos());
            }
            node.refreshState();
        }
        return ctx.paused ? now + 10_000_000L : next;
    }

    @Override
    protected void failAll(String message) {
        nodes.forEach(n -> failNode(n, message));
    }

    @Override
    protected void closeAll() {
        synchronized (closing) {
            closed = true;
        }
        if (poller != null) {
            poller.close();
        }
        nodes.forEach(NodeRuntime::markStopped);
        nodes.forEach(NodeRuntime::close);
    }
}
