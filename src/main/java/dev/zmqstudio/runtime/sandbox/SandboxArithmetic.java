package dev.zmqstudio.runtime.sandbox;

import org.apache.commons.jexl3.JexlArithmetic;

import java.math.MathContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JEXL arithmetic for expressions: map literals keep their keys in the order written (transforms emit stable JSON);
 * {@code +} on texts stays within the 1 MiB limit; ranges hold at most {@value #MAX_RANGE} numbers; {@code =~} with
 * a pattern uses linear-time regular expressions; {@code list =~ list} is a hash lookup, not quadratic.
 */
final class SandboxArithmetic extends JexlArithmetic {
    static final long MAX_RANGE = 1 << 20;

    SandboxArithmetic() {
        super(true);
    }

    private SandboxArithmetic(boolean strict, MathContext context, int scale) {
        super(strict, context, scale);
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
        return new SandboxArithmetic(strict, context, scale);
    }

    @Override
    public MapBuilder mapBuilder(int size, boolean extended) {
        Map<Object, Object> map = new LinkedHashMap<>(Math.max(4, size * 2));
        return new MapBuilder() {
            @Override
            public void put(Object key, Object value) {
                map.put(key, value);
            }

            @Override
            public Object create() {
                return map;
            }
        };
    }

    @Override
    public Object add(Object left, Object right) {
        if (left instanceof String || right instanceof String) {
            String l = left == null ? "" : toString(left);
            String r = right == null ? "" : toString(right);
            TextLimit.check((long) l.length() + r.length(), "joining texts with +");
            return l.concat(r);
        }
        return super.add(left, right);
    }

    @Override
    public Iterable<?> createRange(Object from, Object to) {
        long low = toLong(from);
        long high = toLong(to);
        double count = Math.abs((double) high - (double) low) + 1;
        if (count > MAX_RANGE) {
            throw new SandboxException("the range " + low + ".." + high + " holds more than " + MAX_RANGE
                    + " numbers; compare instead, e.g. x >= " + low + " && x <= " + high);
        }
        return super.createRange(from, to);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        if (container != null && value != null) {
            if (container instanceof java.util.regex.Pattern pattern) {
                return Regexes.matches(value.toString(), pattern.pattern());
            }
            if (container instanceof CharSequence pattern) {
                return Regexes.matches(value.toString(), pattern.toString());
            }
        }
        return super.contains(container, value);
    }

    @Override
    protected Boolean collectionContains(Object collection, Object value) {
        if (collection instanceof Collection<?> all && value instanceof Collection<?> some) {
            return new HashSet<>(all).containsAll(some);
        }
        return super.collectionContains(collection, value);
    }
}
