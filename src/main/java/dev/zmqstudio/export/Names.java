package dev.zmqstudio.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Node ids made legal names in a target language, by one mapping: every character other than an ASCII letter, digit
 * or underscore becomes an underscore; a name that would start with a digit (or be empty, or be a reserved word of
 * the language) gets {@code n_} in front; a name taken already (two ids that map alike) gets {@code _2}, {@code _3}
 * ... in the topology's order. So {@code consumer-1-in} is {@code consumer_1_in}, and {@code a.b} after {@code a-b}
 * is {@code a_b_2}. The same topology always gives the same names.
 */
final class Names {
    private final Map<String, String> byId = new LinkedHashMap<>();

    Names(List<String> ids, Set<String> reserved) {
        Set<String> taken = new HashSet<>();
        Map<String, Integer> next = new HashMap<>();
        for (String id : ids) {
            String base = legal(id, reserved);
            String name = base;
            while (taken.contains(name)) {
                int n = next.merge(base, 1, Integer::sum) + 1;
                name = base + "_" + n;
            }
            taken.add(name);
            byId.put(id, name);
        }
    }

    static String legal(String id, Set<String> reserved) {
        StringBuilder b = new StringBuilder();
        for (char c : id.toCharArray()) {
            b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        String name = b.toString();
        if (name.isEmpty() || Character.isDigit(name.charAt(0)) || reserved.contains(name)) {
            name = "n_" + name;
        }
        return name;
    }

    String of(String id) {
        String name = byId.get(id);
        if (name == null) {
            throw new IllegalArgumentException("no node " + id);
        }
        return name;
    }
}
