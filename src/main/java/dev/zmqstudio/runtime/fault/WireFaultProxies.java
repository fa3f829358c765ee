package dev.zmqstudio.runtime.fault;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.WireFaults;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The fault proxies of one run's process: one per faulted wire whose connecting socket this process runs. A faulted
 * inproc wire is carried over loopback tcp (the binder also listens on an ephemeral loopback port for it), the
 * only way to put a network between two sockets of one process; its messages are the same.
 */
public final class WireFaultProxies implements AutoCloseable {
    /** No faulted wire: every connect goes where the file says. */
    public static final WireFaultProxies NONE = new WireFaultProxies(Map.of());

    private final Map<Integer, FaultProxy> byWire;
    /** Faulted inproc wires: the loopback port their binder listens on for them. */
    private final Map<Integer, Integer> binderPorts = new ConcurrentHashMap<>();
    /** Faulted wires whose proxy could not be opened, and why. */
    private final Map<Integer, String> failures = new ConcurrentHashMap<>();

    private WireFaultProxies(Map<Integer, FaultProxy> byWire) {
        this.byWire = byWire;
    }

    /** Opens a proxy for each faulted wire whose connecting node {@code runsHere}. */
    public static WireFaultProxies open(RunContext ctx, Predicate<Node> runsHere) {
        Map<Integer, FaultProxy> proxies = new ConcurrentHashMap<>();
        WireFaultProxies set = new WireFaultProxies(proxies);
        for (RunPlan.WirePlan w : ctx.plan.wires) {
            if (!w.faulted || !runsHere.test(w.connector().node())) {
                continue;
            }
            WireFaults initial = w.wire.faults() == null ? WireFaults.NONE : w.wire.faults();
            try {
                proxies.put(w.index, new FaultProxy("zs-fault-" + w.wire.id(), initial, () -> set.upstream(w),
                        local -> ctx.ownConnection(local, w.index)));
            } catch (IOException e) {
                set.failures.put(w.index, e.getMessage()); // its connecting node fails with this (SocketHandle)
            }
        }
        return set;
    }

    /** Where the wire's binder listens now; null while a faulted inproc wire's binder has not bound yet. */
    private InetSocketAddress upstream(RunPlan.WirePlan w) {
        return switch (w.endpoint.transport()) {
            case TCP -> new InetSocketAddress(w.endpoint.host(), w.endpoint.port());
            case IPC -> new zmq.io.net.ipc.IpcAddress(w.endpoint.name()).address() instanceof InetSocketAddress a ? a : null;
            case INPROC -> {
                Integer port = binderPorts.get(w.index);
                yield port == null ? null : new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            }
        };
    }

    /** The endpoint the connector of {@code wire} connects to: its proxy's, when it has one. */
    public Optional<String> endpoint(int wire) {
        return Optional.ofNullable(byWire.get(wire)).map(FaultProxy::endpoint);
    }

    /** The binder of faulted inproc wire {@code wire} listens for it on loopback port {@code port}. */
    public void binderListens(int wire, int port) {
        binderPorts.put(wire, port);
    }

    public boolean carries(int wire) {
        return byWire.containsKey(wire);
    }

    /** Why the proxy of a faulted wire could not be opened; empty when it was (or the wire is not faulted here). */
    public Optional<String> failure(int wire) {
        return Optional.ofNullable(failures.get(wire));
    }

    /** False when this process does not carry the wire, or a heal could not listen on its port again. */
    public boolean apply(int wire, WireFaults faults) {
        FaultProxy proxy = byWire.get(wire);
        return proxy != null && proxy.apply(faults);
    }

    public boolean reset(int wire) {
        FaultProxy proxy = byWire.get(wire);
        if (proxy != null) {
            proxy.resetAll();
        }
        return proxy != null;
    }

    public Optional<WireFaults> faults(int wire) {
        return Optional.ofNullable(byWire.get(wire)).map(FaultProxy::faults);
    }

    @Override
    public void close() {
        byWire.values().forEach(FaultProxy::close);
    }
}
