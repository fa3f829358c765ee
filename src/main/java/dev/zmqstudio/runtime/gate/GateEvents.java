package dev.zmqstudio.runtime.gate;

import dev.zmqstudio.runtime.child.Telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** In a child process: what its start gate saw, queued until the next report carries it to the parent. */
public final class GateEvents implements StartGate.GateRelay {
    private final Queue<Integer> wiresReady = new ConcurrentLinkedQueue<>();
    private final Queue<Telemetry.Subscription> subscriptions = new ConcurrentLinkedQueue<>();
    private final Queue<Integer> wiresAbandoned = new ConcurrentLinkedQueue<>();
    private final Queue<Integer> forgotten = new ConcurrentLinkedQueue<>();

    @Override
    public void wireReady(int wire) {
        wiresReady.add(wire);
    }

    @Override
    public void subscriptionSeen(int side, String topic) {
        subscriptions.add(new Telemetry.Subscription(side, topic));
    }

    @Override
    public void wireAbandoned(int wire) {
        wiresAbandoned.add(wire);
    }

    @Override
    public void forgotten(int side) {
        forgotten.add(side);
    }

    public List<Integer> drainWiresReady() {
        return drain(wiresReady);
    }

    public List<Telemetry.Subscription> drainSubscriptions() {
        return drain(subscriptions);
    }

    public List<Integer> drainWiresAbandoned() {
        return drain(wiresAbandoned);
    }

    public List<Integer> drainForgotten() {
        return drain(forgotten);
    }

    private static <T> List<T> drain(Queue<T> queue) {
        List<T> out = new ArrayList<>();
        for (T t = queue.poll(); t != null; t = queue.poll()) {
            out.add(t);
        }
        return out;
    }
}
