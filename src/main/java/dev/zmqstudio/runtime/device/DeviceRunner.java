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
            frontend = new SocketHandle(ctx, ctx.plan.side(device.id(), Side.FRONTEND));
            backend = new SocketHandle(ctx, ctx.plan.side(device.id(), Side.BACKEND));
            frontend.bindAll();
            backend.bindAll();
        } catch (NodeFailure | ZMQException e) {
            failAll(e.getMessage());
        }
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
        poller = ctx.zmq.createPoller(2);
        poller.register(frontend.socket(), ZMQ.Poller.POLLIN);
        if (device.type() != DeviceType.STREAMER) {
            poller.register(backend.socket(), ZMQ.Poller.POLLIN);
        }
        state = NodeState.RUNNING;
    }

    @Override
    protected void loop() {
        if (state != NodeState.RUNNING) {
            return;
        }
        while (!ctx.stopping) {
            if (poller.poll(IDLE_POLL_MS) <= 0) {
                idle = true;
                continue;
            }
            idle = false;
            if (poller.pollin(0)) {
                shuttle(frontend, backend);
            }
            if (device.type() != DeviceType.STREAMER && poller.pollin(1)) {
                if (device.type() == DeviceType.FORWARDER) {
                    passSubscriptions();
                } else {
                    shuttle(backend, frontend);
                }
            }
            shareCarrier();
        }
    }

    /** Up to a batch of whole messages, each sent on as it came (its frames as received, not copied). */
    private void shuttle(SocketHandle from, SocketHandle to) {
        for (int i = 0; i < BATCH && !ctx.stopping && from.receive(); i++) {
            List<Msg> parts = from.frames;
            to.causedBy(from);
            while (!to.forward(parts)) {
                if (ctx.stopping) {
                    return;
                }
            }
        }
    }

    /** Subscriptions arriving at the XPUB backend go upstream through the XSUB frontend; they are not data. */
    private void passSubscriptions() {
        for (int i = 0; i < BATCH; i++) {
            Msg msg = backend.receiveControl();
            if (msg == null) {
                return;
            }
            frontend.socket().send(msg.data(), 0);
        }
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
        if (frontend != null) {
            frontend.close();
        }
        if (backend != null) {
            backend.close();
        }
    }
}
