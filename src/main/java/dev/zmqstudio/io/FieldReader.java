package dev.zmqstudio.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, located access to the fields of one JSON object. Every failure is a
 * {@link TopologyFormatException} pointing at the offending token, or at the object for a missing field.
 * {@code context} names the object in messages ("node \"pusher\"", "the options of node \"pusher\"").
 */
final class FieldReader {

    private final String source;
    private final Json.Obj object;
    private final String context;

    FieldReader(String source, Json.Obj object, String context) {
        this.source = source;
        this.object = object;
        this.context = context;
    }

    String context() {
        return context;
    }

    boolean has(String name) {
        return object.members().containsKey(name);
    }

    /** Fails on the first field, in file order, that {@code allowed} does not list. */
    void allowOnly(List<String> allowed) throws TopologyFormatException {
        for (Json.Member member : object.members().values()) {
            if (!allowed.contains(member.name())) {
                throw errorAt(member.keyLocation(), "unknown field \"" + member.name() + "\" in " + context
                        + "; allowed: " + String.join(", ", allowed));
            }
        }
    }

    /** Fails at the field name of {@code name}, which is present but does not belong here. */
    TopologyFormatException misplaced(String name, String why) {
        return errorAt(object.members().get(name).keyLocation(), "\"" + name + "\" " + why);
    }

    Json require(String name) throws TopologyFormatException {
        Json.Member member = object.members().get(name);
        if (member == null) {
            throw missing("\"" + name + "\"");
        }
        return member.value();
    }

    /** Fails at the object: {@code what} (a quoted field name, or a choice of them) is required but absent. */
    TopologyFormatException missing(String what) {
        return errorAt(object.location(), "missing required field " + what + " in " + context);
    }

    /** The field's value as written, when present. */
    Optional<Json> raw(String name) {
        return optional(name);
    }

    private Optional<Json> optional(String name) {
        return Optional.ofNullable(object.members().get(name)).map(Json.Member::value);
    }

    String requiredString(String name) throws TopologyFormatException {
        return asString(require(name), name);
    }

    String string(String name, String fallback) throws TopologyFormatException {
        Optional<Json> value = optional(name);
        return value.isPresent() ? asString(value.get(), name) : fallback;
    }

    boolean bool(String name, boolean fallback) throws TopologyFormatException {
        Optional<Json> value = optional(name);
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.get() instanceof Json.Bool b) {
            return b.value();
        }
        throw wrongType(value.get(), "true or false for \"" + name + "\"");
    }

    /** Any finite number. */
    double number(String name, double fallback) throws TopologyFormatException {
        Optional<Json> value = optional(name);
        return value.isPresent() ? asDouble(value.get(), name) : fallback;
    }

    double nonNegativeNumber(String name, double fallback) throws TopologyFormatException {
        Optional<Json> value = optional(name);
        if (value.isEmpty()) {
            return fallback;
        }
        double number = asDouble(value.get(), name);
        if (number < 0) {
            throw errorAt(value.get().location(), mustBeAtLeast(name, 0, value.get()));
        }
        return number;
    }

    long wholeNumber(String name, long fallback, long min) throws TopologyFormatException {
        Optional<Json> value = optional(name);
        return value.isPresent() ? asWholeNumber(value.get(), name, min, Long.MAX_VALUE) : fallback;
    }

    int intNumber(String name, int fallback, int min) throws TopologyFormatException {
        Optional<Json> value = optional(name);
        return value.isPresent() ? (int) asWholeNumber(value.get(), name, min, Integer.MAX_VALUE) : fallback;
    }

    int intNumber(String name, int fallback, int min, int max) throws TopologyFormatException {
        Optional<Json> value = optional(name);
        return value.isPresent() ? (int) asWholeNumber(value.get(), name, min, max) : fallback;
    }

    long requiredWholeNumber(String name) throws TopologyFormatException {
        return asWholeNumber(require(name), name, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** An optional array of strings; empty when absent. */
    List<String> strings(String name) throws TopologyFormatException {
        List<String> result = new ArrayList<>();
        for (Json item : array(name)) {
            if (!(item instanceof Json.Str s)) {
                throw wrongType(item, "a string in \"" + name + "\"");
            }
            result.add(s.value());
        }
        return result;
    }

    /** An optional field written as one string or as an array of strings; which form, and its strings. */
    record TextOrList(boolean oneString, List<String> items) {
    }

    Optional<TextOrList> stringOrStrings(String name) throws TopologyFormatException {
        Optional<Json> value = optional(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof Json.Str s) {
            return Optional.of(new TextOrList(true, List.of(s.value())));
        }
        if (!(value.get() instanceof Json.Arr)) {
            throw wrongType(value.get(), "a string or an array of strings for \"" + name + "\"");
        }
        return Optional.of(new TextOrList(false, strings(name)));
    }

    /** The items of an optional array; empty when absent. */
    List<Json> array(String name) throws TopologyFormatException {
        Optional<Json> value = optional(name);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof Json.Arr a) {
            return a.items();
        }
        throw wrongType(value.get(), "an array for \"" + name + "\"");
    }

    /** An optional nested object, read under {@code childContext}. */
    Optional<FieldReader> object(String name, String childContext) throws TopologyFormatException {
        Optional<Json> value = optional(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(asObject(value.get(), "an object for \"" + name + "\"", childContext));
    }

    /** {@code json}, an item of array {@code arrayName}, as an object. */
    FieldReader item(Json json, String arrayName, String itemContext) throws TopologyFormatException {
        return asObject(json, "an object in \"" + arrayName + "\"", itemContext);
    }

    /** A string field that must be one of {@code choices}' keys, listed in the message when it is not. */
    <E> E choice(String name, Map<String, E> choices, E fallback) throws TopologyFormatException {
        Optional<Json> value = optional(name);
        return value.isPresent() ? asChoice(value.get(), name, choices) : fallback;
    }

    <E> E requiredChoice(String name, Map<String, E> choices) throws TopologyFormatException {
        return asChoice(require(name), name, choices);
    }

    private TopologyFormatException errorAt(Json.Location at, String problem) {
        return new TopologyFormatException(source, at.line(), at.column(), problem);
    }

    TopologyFormatException errorAtField(String name, String problem) {
        return errorAt(object.members().get(name).value().location(), problem);
    }

    private <E> E asChoice(Json value, String name, Map<String, E> choices) throws TopologyFormatException {
        String key = asString(value, name);
        E choice = choices.get(key);
        if (choice == null) {
            throw errorAt(value.location(), "\"" + key + "\" is not a valid \"" + name + "\"; allowed: "
                    + String.join(", ", choices.keySet()));
        }
        return choice;
    }

    private FieldReader asObject(Json value, String expected, String childContext) throws TopologyFormatException {
        if (value instanceof Json.Obj o) {
            return new FieldReader(source, o, childContext);
        }
        throw wrongType(value, expected);
    }

    private String asString(Json value, String name) throws TopologyFormatException {
        if (value instanceof Json.Str s) {
            return s.value();
        }
        throw wrongType(value, "a string for \"" + name + "\"");
    }

    private double asDouble(Json value, String name) throws TopologyFormatException {
        if (!(value instanceof Json.Num n)) {
            throw wrongType(value, "a number for \"" + name + "\"");
        }
        double number = n.value().doubleValue();
        if (Double.isInfinite(number)) {
            throw errorAt(value.location(), "\"" + name + "\" is too large: " + n.value());
        }
        return number;
    }

    private long asWholeNumber(Json value, String name, long min, long max) throws TopologyFormatException {
        if (!(value instanceof Json.Num n)) {
            throw wrongType(value, "a whole number for \"" + name + "\"");
        }
        BigDecimal number = n.value();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw errorAt(value.location(), "expected a whole number for \"" + name + "\", found " + number);
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw errorAt(value.location(), mustBeAtLeast(name, min, value));
        }
        if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw errorAt(value.location(), "\"" + name + "\" is too large: " + number + " (at most " + max + ")");
        }
        return number.longValue();
    }

    private static String mustBeAtLeast(String name, long min, Json value) {
        return "\"" + name + "\" must be " + min + " or more, found " + ((Json.Num) value).value();
    }

    private TopologyFormatException wrongType(Json value, String expected) {
        return errorAt(value.location(), "expected " + expected + ", found " + value.description());
    }
}
