package dev.zmqstudio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A filter, transform or aggregate expression (the engine's JEXL subset, as {@link PyExpression} takes it) as a Java
 * expression over the received message {@code m}, in the runtime's dynamic helpers ({@code Zsrt.get},
 * {@code Zsrt.mod}, {@code Zsrt.eq}...: the values are JSON's, typed only when they arrive). Parsed with operator
 * precedence (Java has no dynamic operators to write the text through). Anything else is not translated: empty.
 */
final class JavaExpression {
    private static final Set<String> MESSAGE_NAMES = Set.of("msg", "json", "words", "topic", "n", "node", "bytes", "frames");
    private final String s;
    private int at;

    private JavaExpression(String s) {
        this.s = s;
    }

    /** {@code jexl} as Java code whose value is an Object, or empty when it is outside the subset. */
    static Optional<String> of(String jexl) {
        JavaExpression e = new JavaExpression(jexl.strip());
        try {
            String code = e.or();
            e.skip();
            return e.at == e.s.length() ? Optional.of(code) : Optional.empty();
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException outside) {
            return Optional.empty();
        }
    }

    private void skip() {
        while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
    }

    private boolean take(String token) {
        skip();
        if (s.startsWith(token, at)) {
            // "=" of "==" must not be taken as "<" or ">" alone, nor "&" as "&&"
            if ((token.equals("<") || token.equals(">") || token.equals("!")) && s.startsWith("=", at + 1)) {
                return false;
            }
            at += token.length();
            return true;
        }
        return false;
    }

    private String or() {
        String left = and();
        while (take("||")) {
            left = "(Zsrt.truthy(" + left + ") || Zsrt.truthy(" + and() + "))";
        }
        return left;
    }

    private String and() {
        String left = equality();
        while (take("&&")) {
            left = "(Zsrt.truthy(" + left + ") && Zsrt.truthy(" + equality() + "))";
        }
        return left;
    }

    private String equality() {
        String left = comparison();
        while (true) {
            if (take("==")) {
                left = "Zsrt.eq(" + left + ", " + comparison() + ")";
            } else if (take("!=")) {
                left = "!Zsrt.eq(" + left + ", " + comparison() + ")";
            } else {
                return left;
            }
        }
    }

    private String comparison() {
        String left = additive();
        while (true) {
            String op = take("<=") ? "<=" : take(">=") ? ">=" : take("<") ? "<" : take(">") ? ">" : null;
            if (op == null) {
                return left;
            }
            left = "(Zsrt.compare(" + left + ", " + additive() + ") " + op + " 0)";
        }
    }

    private String additive() {
        String left = multiplicative();
        while (true) {
            if (take("+")) {
                left = "Zsrt.add(" + left + ", " + multiplicative() + ")";
            } else if (take("-")) {
                left = "Zsrt.sub(" + left + ", " + multiplicative() + ")";
            } else {
                return left;
            }
        }
    }

    private String multiplicative() {
        String left = unary();
        while (true) {
            String op = take("*") ? "mul" : take("/") ? "div" : take("%") ? "mod" : null;
            if (op == null) {
                return left;
            }
            left = "Zsrt." + op + "(" + left + ", " + unary() + ")";
        }
    }

    private String unary() {
        if (take("!")) {
            return "(!Zsrt.truthy(" + unary() + "))";
        }
        if (take("-")) {
            return "Zsrt.neg(" + unary() + ")";
        }
        return postfix(primary());
    }

    private String postfix(String value) {
        while (true) {
            skip();
            if (at < s.length() && s.charAt(at) == '.') {
                at++;
                String property = word();
                skip();
                if (property.isEmpty() || (at < s.length() && s.charAt(at) == '(')) {
                    throw new IllegalArgumentException("a method call is outside the subset");
                }
                value = "Zsrt.get(" + value + ", \"" + property + "\")";
            } else if (take("[")) {
                String index = or();
                expect("]");
                value = "Zsrt.index(" + value + ", " + index + ")";
            } else {
                return value;
            }
        }
    }

    private String primary() {
        skip();
        char c = s.charAt(at);
        if (take("(")) {
            String inner = or();
            expect(")");
            return "(" + inner + ")";
        }
        if (c == '\'' || c == '"') {
            int end = s.indexOf(c, at + 1);
            String text = s.substring(at + 1, end);
            if (text.contains("\\")) {
                throw new IllegalArgumentException("escapes are outside the subset");
            }
            at = end + 1;
            return "(Object) " + JavaExport.java(text);
        }
        if (Character.isDigit(c)) {
            int start = at;
            while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
                at++;
            }
            String number = s.substring(start, at);
            return number.contains(".") ? "(Object) " + number + "d" : "(Object) " + number + "L";
        }
        if (take("[")) {
            List<String> items = items("]");
            return "java.util.Arrays.asList(new Object[]{" + String.join(", ", items) + "})";
        }
        if (take("{")) {
            List<String> entries = new ArrayList<>();
            skip();
            if (!take("}")) {
                do {
                    String key = or();
                    expect(":");
                    entries.add("String.valueOf(" + key + "), " + or());
                } while (take(","));
                expect("}");
            }
            return "Zsrt.map(" + String.join(", ", entries) + ")";
        }
        String word = word();
        switch (word) {
            case "null" -> {
                return "(Object) null";
            }
            case "true", "false" -> {
                return "(Object) " + word;
            }
            case "num", "sum" -> {
                expect("(");
                String argument = or();
                expect(")");
                return "(Object) Zsrt." + word + "(" + argument + ")";
            }
            default -> {
                if (MESSAGE_NAMES.contains(word)) {
                    return "(Object) m." + word;
                }
                throw new IllegalArgumentException("the name " + word + " is outside the subset");
            }
        }
    }

    private List<String> items(String close) {
        List<String> items = new ArrayList<>();
        if (take(close)) {
            return items;
        }
        do {
            items.add(or());
        } while (take(","));
        expect(close);
        return items;
    }

    private String word() {
        skip();
        int start = at;
        while (at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '_')) {
            at++;
        }
        return s.substring(start, at);
    }

    private void expect(String token) {
        if (!take(token)) {
            throw new IllegalArgumentException("'" + token + "' expected");
        }
    }
}
