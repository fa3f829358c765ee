package dev.zmqstudio.ui.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.LongFunction;

/** Builds sheet rows category by category; parses typed values so the apply functions get clean input. */
final class Rows {

    private final List<SheetItem> items = new ArrayList<>();
    private String category = "General";

    Rows category(String name) {
        category = name;
        return this;
    }

    Rows text(String key, String name, String description, String value, Function<String, String> apply) {
        items.add(new SheetItem(key, category, name, description, SheetItem.Kind.TEXT, List.of(), value,
                v -> apply.apply(String.valueOf(v))));
        return this;
    }

    /** A few sentences, wrapped in the panel's width, so all of them can be read. */
    Rows prose(String key, String name, String description, String value, Function<String, String> apply) {
        items.add(new SheetItem(key, category, name, description, SheetItem.Kind.PROSE, List.of(), value,
                v -> apply.apply(String.valueOf(v).strip())));
        return this;
    }

    /** One item per line: {@code value} shown one per line, the edited text split at line breaks for {@code apply}. */
    Rows lines(String key, String name, String description, List<String> value, Function<List<String>, String> apply) {
        items.add(new SheetItem(key, category, name, description, SheetItem.Kind.LINES, List.of(), joinLines(value),
                v -> apply.apply(splitLines(String.valueOf(v)))));
        return this;
    }

    /** Each line one item, empty lines included (an empty frame is a frame). */
    static List<String> splitLines(String text) {
        return List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    static String joinLines(List<String> lines) {
        return String.join("\n", lines);
    }

    Rows integer(String key, String name, String description, long value, LongFunction<String> apply) {
        items.add(new SheetItem(key, category, name, description, SheetItem.Kind.INTEGER, List.of(), value, v -> {
            try {
                return apply.apply(Long.parseLong(String.valueOf(v).trim()));
            } catch (NumberFormatException e) {
                return "'" + v + "' is not a whole number";
            }
        }));
        return this;
    }

    Rows number(String key, String name, String description, double value, DoubleFunction<String> apply) {
        items.add(new SheetItem(key, category, name, description, SheetItem.Kind.NUMBER, List.of(), format(value), v -> {
            try {
                return apply.apply(Double.parseDouble(String.valueOf(v).trim()));
            } catch (NumberFormatException e) {
                return "'" + v + "' is not a number";
            }
        }));
        return this;
    }

    Rows choice(String key, String name, String description, List<String> choices, String value,
                Function<String, String> apply) {
        items.add(new SheetItem(key, category, name, description, SheetItem.Kind.CHOICE, choices, value,
                v -> apply.apply(String.valueOf(v))));
        return this;
    }

    Rows bool(String key, String name, String description, boolean value, Function<Boolean, String> apply) {
        items.add(new SheetItem(key, category, name, description, SheetItem.Kind.BOOLEAN, List.of(), value,
                v -> apply.apply(Boolean.TRUE.equals(v))));
        return this;
    }

    Rows readOnly(String key, String name, String value) {
        items.add(SheetItem.readOnly(key, category, name, value));
        return this;
    }

    List<SheetItem> build() {
        return List.copyOf(items);
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** "a, b" to [a, b]; {@code ""} stands for the empty string (subscribe to everything). */
    static List<String> splitList(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.equals("\"\"") ? "" : s).toList();
    }

    static String joinList(List<String> values) {
        return String.join(", ", values.stream().map(s -> s.isEmpty() ? "\"\"" : s).toList());
    }
}
