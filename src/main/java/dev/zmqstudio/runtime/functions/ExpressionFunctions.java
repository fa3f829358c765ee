package dev.zmqstudio.runtime.functions;

/**
 * Functions user expressions may call without a prefix, e.g. {@code num(words[1])}. This package holds nothing
 * else: the sandbox opens exactly this package to expressions.
 */
public final class ExpressionFunctions {

    /** A number from text or a number; NaN when it is neither. */
    public double num(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.toString().strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The sum of a list (or array) of numbers, e.g. {@code sum(json.nums)}: a whole number when every item is
     * whole, so big totals stay exact; a fraction otherwise. Items that are not numbers count as {@link #num}.
     * An empty or missing list sums to 0.
     */
    public Number sum(Object values) {
        Iterable<?> items = switch (values) {
            case null -> java.util.List.of();
            case Iterable<?> iterable -> iterable;
            case Object[] array -> java.util.Arrays.asList(array);
            default -> java.util.List.of(values);
        };
        long whole = 0;
        double fraction = 0;
        boolean exact = true;
        for (Object item : items) {
            if (exact && (item instanceof Integer || item instanceof Long || item instanceof Short || item instanceof Byte)) {
                whole = Math.addExact(whole, ((Number) item).longValue());
            } else {
                exact = false;
                fraction += num(item);
            }
        }
        return exact ? (Number) whole : (Number) (whole + fraction);
    }

    /** Text of any value ("" for null). */
    public String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
