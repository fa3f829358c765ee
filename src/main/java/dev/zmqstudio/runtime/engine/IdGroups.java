package dev.zmqstudio.runtime.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * Node ids joined into groups (a union-find): nodes that must run on one thread (linked) or in one process (linked,
 * or wired over inproc). Joining an id that was never added does nothing.
 */
final class IdGroups {
    private final Map<String, String> parent = new HashMap<>();

    void add(String id) {
        parent.putIfAbsent(id, id);
    }

    boolean contains(String id) {
        return parent.containsKey(id);
    }

    /** Puts {@code a} and {@code b} in one group when both were added. */
    void join(String a, String b) {
        if (contains(a) && contains(b)) {
            parent.put(root(a), root(b));
        }
    }

    /** The id that stands for {@code id}'s group. */
    String root(String id) {
        String p = id;
        while (!p.equals(parent.get(p))) {
            String up = parent.get(parent.get(p));
            parent.put(p, up); // halve the path: long chains of links stay cheap
            p = up;
        }
        return p;
    }
}
