package dev.zmqstudio.runtime.device;

import dev.zmqstudio.runtime.engine.NodeFailure;
import dev.zmqstudio.runtime.engine.NodeState;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.engine.Runner;
import dev.zmqstudio.runtime.engine.SocketHandle;

import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Side;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import zmq.Msg;

import java.util.List;
import java.util.concurrent.Phaser;

/**
 * A QUEUE, FORWARDER or STREAMER: an instrumented proxy. Each side counts what it receives and sends, and the
 * sampler sees both hops, so a message can be followed through the device.
 */
public final class DeviceRunner extends Runner {
    private static final int BATCH = 4096;

    public final DeviceNode device;
    public SocketHandle frontend;
    public SocketHandle backend;
    private volatile NodeState state = NodeState.STARTING;
    private volatile String error;
    private ZMQ.Poller poller;
    /** The device's own context (null: its sockets are the run's); see {@link DeviceContext}. */
    private ZContext own;

    public DeviceRunner(RunContext ctx, Phaser phaser, DeviceNode device) {
        super(ctx, phaser);
        this.device = device;
    }

    @Override
    public String name() {
        return "device-" + device.id();
    }

    public NodeState state() {
        return state;
    }

    public String error() {
        return error;
    }

    @Override
    protected void bindPhase() {
        try {
            RunPlan.SidePlan front = ctx.plan.side(device.id(), Side.FRONTEND);
            RunPlan.SidePlan back = ctx.plan.side(device.id(), Side.BACKEND);
            own = DeviceContext.ownFor(ctx, device.type(), List.of(front, back), hasOwnThread());
            frontend = new SocketHandle(ctx, front, context());
            backend = new SocketHandle(ctx, back, context());
            frontend.bindAll();
            backend.bindAll();
        } catch (NodeFailure | ZMQException e) {
            failAll(e.getMessage());
        }
    }

    /** The context the device's sockets belong to: its own, or the run's. */
    private ZContext context() {
        return own != null ? own : ctx.zmq;
    }

    @Override
    protected void connectPhase() {
        if (state == NodeState.ERROR) {
            return;
        }
        try {
            frontend.connectAll();
            backend.connectAll();
        } catch (NodeFailure | ZMQException e) {
            failAll(e.getMessage());
            return;
        }
        if (device.type() == DeviceType.STREAMER) {
            frontend.waitAtMost((int) IDLE_POLL_MS); // one socket to watch: it waits on that socket, not a poller
        } else {
            poller = context().createPoller(2);
            poller.register(frontend.socket(), ZMQ.Poller.POLLIN);
            poller.register(backend.socket(), ZMQ.Poller.POLLIN);
        }
        state = NodeState.RUNNING;
    }

    @Override
    protected void loop() {
        if (state != NodeState.RUNNING) {
            return;
        }
        if (device.type() == DeviceType.STREAMER) {
            while (!ctx.stopping) {
                idle = !shuttle(frontend, backend, true);
                shareCarrier();
            }
            return;
        }
        // Both ways are looked at without the poller while messages keep coming: it is only asked to wait once both
        // are found empty (a poll costs two selector calls, one that returns at once and the wait).
        while (!ctx.stopping) {
            boolean moved = shuttle(frontend, backend, false);
            moved |= device.type() == DeviceType.FORWARDER ? passSubscriptions() : shuttle(backend, frontend, false);
            if (moved) {
                idle = false;
                shareCarrier();
            } else if (poller.poll(IDLE_POLL_MS) <= 0) {
                idle = true;
            }
        }
    }

    /**
     * Up to a batch of whole messages, each sent on as it came (its frames as received, not copied); with
     * {@code waitForFirst} it waits for the first up to {@code from}'s receive timeout. False when none came.
     */
    private boolean shuttle(SocketHandle from, SocketHandle to, boolean waitForFirst) {
        int moved = 0;
        while (moved < BATCH && !ctx.stopping && from.receive(waitForFirst && moved == 0)) {
            moved++;
            idle = false; // at once: a message held while its way out is full is not quiet
            List<Msg> parts = from.frames;
            to.causedBy(from);
            while (!to.forward(parts)) {
                if (ctx.stopping) {
                    break;
                }
            }
        }
        return moved > 0;
    }

    /** Subscriptions arriving at the XPUB backend go upstream through the XSUB frontend; they are not data. False: none. */
    private boolean passSubscriptions() {
        int passed = 0;
        for (; passed < BATCH; passed++) {
            Msg msg = backend.receiveControl();
            if (msg == null) {
                break;
            }
            frontend.socket().send(msg.data(), 0);
        }
        return passed > 0;
    }

    @Override
    protected void failAll(String message) {
        error = message;
        state = NodeState.ERROR;
        ctx.log.line(device.id(), "error: " + message);
        RunPlan.SidePlan front = ctx.plan.side(device.id(), Side.FRONTEND);
        RunPlan.SidePlan back = ctx.plan.side(device.id(), Side.BACKEND);
        ctx.gate.failed(front, SocketHandle.unopenedWires(frontend, front));
        ctx.gate.failed(back, SocketHandle.unopenedWires(backend, back));
    }

    @Override
    protected void closeAll() {
        if (poller != null) {
            poller.close();
        }
        if (state == NodeState.RUNNING || state == NodeState.STARTING) {
            state = NodeState.STOPPED;
        }
        try {
            if (frontend != null) {
                frontend.close();
            }
            if (backend != null) {
                backend.close();
            }
        } finally {
            if (own != null) {
                own.close();
            }
        }
    }
}
