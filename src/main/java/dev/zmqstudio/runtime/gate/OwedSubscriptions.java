package dev.zmqstudio.runtime.gate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The subscriptions the start gate still waits for: per publisher side, how many of each topic are to arrive, and
 * the routes each can come by. A route is the set of wires a subscription crosses: a subscriber's own is its wire
 * to the publisher; one a FORWARDER passes on has a route per downstream subscriber of that topic (the forwarder's
 * upstream wire, the wires between chained forwarders, the subscriber's wire). Once every route of a subscription
 * has lost a wire, it will never come and is no longer awaited.
 * <p>Arrivals do not say who sent them, so they are counted per topic; a wire must be dropped only while nothing
 * has crossed it yet, or a subscription already counted would be struck off a second time. Guarded by the gate's lock.
 */
final class OwedSubscriptions {
    private final Map<Integer, Map<String, Integer>> counts = new HashMap<>();
    private final List<Owed> owed = new ArrayList<>();

    /** {@code publisher} must receive {@code topic} once, by any of {@code routes}. */
    void expect(int publisher, String topic, List<Set<Integer>> routes) {
        if (routes.isEmpty()) {
            return;
        }
        counts.computeIfAbsent(publisher, k -> new HashMap<>()).merge(topic, 1, Integer::sum);
        owed.add(new Owed(publisher, topic, new ArrayList<>(routes)));
    }

    void arrived(int publisher, String topic) {
        if (decrement(publisher, topic) == 0) {
            owed.removeIf(o -> o.publisher == publisher && o.topic.equals(topic));
        }
    }

    /** Nothing will cross {@code wire} any more: every route through it is gone. */
    void dropRoutesThrough(int wire) {
        for (Iterator<Owed> it = owed.iterator(); it.hasNext(); ) {
            Owed o = it.next();
            if (o.routes.removeIf(route -> route.contains(wire)) && o.routes.isEmpty()) {
                it.remove();
                decrement(o.publisher, o.topic);
            }
        }
    }

    /** {@code publisher} waits for nothing any more (its node failed or its process is gone). */
    void forgetPublisher(int publisher) {
        counts.remove(publisher);
        owed.removeIf(o -> o.publisher == publisher);
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Each publisher still waiting, with the topics it waits for and how many of each (topics in order). */
    void forEachPending(BiConsumer<Integer, Map<String, Integer>> action) {
        new java.util.TreeMap<>(counts).forEach((publisher, topics) -> action.accept(publisher, new java.util.TreeMap<>(topics)));
    }

    /** Returns how many of {@code topic} {@code publisher} still waits for. */
    private int decrement(int publisher, String topic) {
        Map<String, Integer> topics = counts.get(publisher);
        if (topics == null) {
            return 0;
        }
        Integer left = topics.computeIfPresent(topic, (k, n) -> n <= 1 ? null : n - 1);
        if (topics.isEmpty()) {
            counts.remove(publisher);
        }
        return left == null ? 0 : left;
    }

    private record Owed(int publisher, String topic, List<Set<Integer>> routes) {
    }
}
