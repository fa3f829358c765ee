package dev.zmqstudio.ui.run;

import dev.zmqstudio.runtime.trace.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The last few sampled messages seen on each wire and at each node (sender or receiver), for the inspector. */
final class RecentMessages {
    static final int KEEP = 20;

    private final Map<String, Deque<Token>> byId = new HashMap<>();

    void add(Token token) {
        for (String id : new String[] {token.wireId(), token.fromNode(), token.toNode()}) {
            Deque<Token> q = byId.computeIfAbsent(id, k -> new ArrayDeque<>(KEEP));
            if (q.size() == KEEP) {
                q.pollFirst();
            }
            q.addLast(token);
        }
    }

    /** Newest first. */
    List<Token> of(String id) {
        Deque<Token> q = byId.get(id);
        if (q == null) {
            return List.of();
        }
        List<Token> list = new ArrayList<>(q);
        java.util.Collections.reverse(list);
        return list;
    }

    void clear() {
        byId.clear();
    }
}
