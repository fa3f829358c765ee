package dev.zmqstudio.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Prints maps, lists, strings, numbers and booleans as pretty JSON for diff-friendly files: two-space
 * indent, one field per line, keys in map order, arrays of plain values on one line, a final newline.
 */
final class JsonPrinter {

    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();

    private JsonPrinter() {
    }

    /** {@code value} must be a Map with String keys, a List, a String, a Number or a Boolean. */
    static String print(Object value) {
        JsonPrinter printer = new JsonPrinter();
        printer.value(value, 0);
        return printer.out.append('\n').toString();
    }

    private void value(Object value, int depth) {
        switch (value) {
            case Map<?, ?> map -> object(map, depth);
            case List<?> list -> array(list, depth);
            case String text -> string(text);
            case Double number -> out.append(number(number));
            case Number number -> out.append(number);
            case Boolean bool -> out.append(bool);
            default -> throw new IllegalArgumentException("cannot print " + value.getClass().getName() + " as JSON");
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            indent(depth + 1);
            string((String) entry.getKey());
            out.append(": ");
            value(entry.getValue(), depth + 1);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.stream().noneMatch(item -> item instanceof Map || item instanceof List)) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? ", " : "");
                value(list.get(i), depth);
            }
            out.append(']');
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            indent(depth + 1);
            value(list.get(i), depth + 1);
            out.append(i < list.size() - 1 ? ",\n" : "\n");
        }
        indent(depth);
        out.append(']');
    }

    private void string(String text) {
        out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
    }

    private void indent(int depth) {
        out.append(INDENT.repeat(depth));
    }

    /** Whole numbers without ".0" (rate 1, not 1.0) and never in exponent notation. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
