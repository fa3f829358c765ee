package dev.zmqstudio.export;

import java.util.Optional;
import java.util.Set;

/**
 * A filter, transform or aggregate expression (the engine's JEXL subset) as a Python expression over the received
 * message {@code m}: names of the message ({@code msg}, {@code json}, {@code words}, {@code topic}, {@code n},
 * {@code node}, {@code bytes}, {@code frames}), property access ({@code json.num} as {@code get(m.json, 'num')}),
 * indexing, numbers, strings, map and list literals, {@code ! && || == != < <= > >= + - * / %}, {@code null},
 * {@code true}, {@code false}, and the functions {@code num} and {@code sum}. Anything else is not translated:
 * empty, and the export says so and leaves a TODO.
 */
final class PyExpression {
    private static final Set<String> MESSAGE_NAMES = Set.of("msg", "json", "words", "topic", "n", "node", "bytes", "frames");
    private static final Set<String> FUNCTIONS = Set.of("num", "sum");

    private PyExpression() {
    }

    static Optional<String> of(String jexl) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        String s = jexl.strip();
        boolean afterValue = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(' ');
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = s.indexOf(c, i + 1);
                if (end < 0 || s.substring(i + 1, end).contains("\\")) {
                    return Optional.empty();
                }
                out.append(s, i, end + 1);
                i = end + 1;
                afterValue = true;
                continue;
            }
            if (Character.isDigit(c)) {
                int end = i;
                while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.')) {
                    end++;
                }
                out.append(s, i, end);
                i = end;
                afterValue = true;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                    end++;
                }
                String word = s.substring(i, end);
                i = end;
                switch (word) {
                    case "null" -> out.append("None");
                    case "true" -> out.append("True");
                    case "false" -> out.append("False");
                    default -> {
                        if (MESSAGE_NAMES.contains(word)) {
                            out.append("m.").append(word);
                        } else if (FUNCTIONS.contains(word) && i < s.length() && s.charAt(i) == '(') {
                            out.append(word.equals("sum") ? "zsrt_sum" : "num");
                        } else {
                            return Optional.empty();
                        }
                    }
                }
                afterValue = true;
                continue;
            }
            if (c == '.') {
                // property access on what came before: wrap it
                int end = i + 1;
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                    end++;
                }
                String property = s.substring(i + 1, end);
                if (property.isEmpty() || !afterValue || (end < s.length() && s.charAt(end) == '(')) {
                    return Optional.empty(); // a method call (msg.length()) is not in the subset
                }
                int start = valueStart(out);
                if (start < 0) {
                    return Optional.empty();
                }
                String value = out.substring(start);
                out.setLength(start);
                out.append("get(").append(value).append(", '").append(property).append("')");
                i = end;
                continue;
            }
            String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
            switch (two) {
                case "&&" -> {
                    out.append(" and ");
                    i += 2;
                    afterValue = false;
                    continue;
                }
                case "||" -> {
                    out.append(" or ");
                    i += 2;
                    afterValue = false;
                    continue;
                }
                case "==", "!=", "<=", ">=" -> {
                    out.append(' ').append(two).append(' ');
                    i += 2;
                    afterValue = false;
                    continue;
                }
                default -> { }
            }
            switch (c) {
                case '!' -> out.append(" not ");
                case '(', '[', '{' -> out.append(c);
                case ')', ']', '}' -> out.append(c);
                case '<', '>', '+', '-', '*', '/', '%', ',', ':' -> out.append(c);
                default -> {
                    return Optional.empty();
                }
            }
            afterValue = c == ')' || c == ']' || c == '}';
            i++;
        }
        return Optional.of(out.toString().strip().replaceAll(" +", " "));
    }

    /** Where the value just written starts: a name with its calls and indexes, back to an operator or an open bracket. */
    private static int valueStart(StringBuilder out) {
        int depth = 0;
        for (int i = out.length() - 1; i >= 0; i--) {
            char c = out.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
            } else if (depth == 0 && !(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '\'' || c == ',')) {
                return i + 1;
            } else if (depth == 0 && c == ',') {
                return i + 1;
            }
        }
        return 0;
    }
}
