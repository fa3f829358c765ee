package dev.zmqstudio.runtime.sandbox;

import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.introspection.JexlMethod;

/**
 * The text methods that can build more than they read, {@code s.repeat(n)}, {@code s.concat(t)} and
 * {@code s.replace(a, b)}, each refused before it allocates when its result would pass the 1 MiB limit.
 */
enum SizedStringMethod implements JexlMethod {
    REPEAT("repeat", 1) {
        @Override
        boolean accepts(Object[] args) {
            return args[0] instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
        }

        @Override
        String apply(String text, Object[] args) {
            long count = ((Number) args[0]).longValue();
            if (count < 0) {
                throw new SandboxException("repeat(" + count + ") needs a count of 0 or more");
            }
            long size = text.isEmpty() ? 0 : count > Long.MAX_VALUE / text.length() ? Long.MAX_VALUE : text.length() * count;
            TextLimit.check(size, "repeat(" + count + ")");
            return text.repeat((int) count);
        }
    },
    CONCAT("concat", 1) {
        @Override
        boolean accepts(Object[] args) {
            return args[0] instanceof String;
        }

        @Override
        String apply(String text, Object[] args) {
            String other = (String) args[0];
            TextLimit.check((long) text.length() + other.length(), "concat");
            return text.concat(other);
        }
    },
    REPLACE("replace", 2) {
        @Override
        boolean accepts(Object[] args) {
            return args[0] instanceof CharSequence && args[1] instanceof CharSequence
                    || args[0] instanceof Character && args[1] instanceof Character;
        }

        @Override
        String apply(String text, Object[] args) {
            if (args[0] instanceof Character a) {
                return text.replace(a, (Character) args[1]);
            }
            String target = args[0].toString();
            String replacement = args[1].toString();
            long matches = target.isEmpty() ? text.length() + 1L : occurrences(text, target);
            TextLimit.check(text.length() + matches * (replacement.length() - target.length()), "replace");
            return text.replace(target, replacement);
        }
    };

    private final String methodName;
    private final int arity;

    SizedStringMethod(String methodName, int arity) {
        this.methodName = methodName;
        this.arity = arity;
    }

    /** The checked method for {@code name} called with {@code args} on a text, or null. */
    static SizedStringMethod find(String name, Object[] args) {
        for (SizedStringMethod method : values()) {
            if (method.methodName.equals(name) && args.length == method.arity && method.accepts(args)) {
                return method;
            }
        }
        return null;
    }

    abstract boolean accepts(Object[] args);

    abstract String apply(String text, Object[] args);

    private static long occurrences(String text, String target) {
        long count = 0;
        for (int at = text.indexOf(target); at >= 0; at = text.indexOf(target, at + target.length())) {
            count++;
        }
        return count;
    }

    @Override
    public Object invoke(Object obj, Object... params) {
        return apply((String) obj, params);
    }

    @Override
    public Object tryInvoke(String name, Object obj, Object... params) {
        if (!methodName.equals(name) || !(obj instanceof String text) || params.length != arity || !accepts(params)) {
            return JexlEngine.TRY_FAILED;
        }
        return apply(text, params);
    }

    @Override
    public boolean tryFailed(Object rval) {
        return rval == JexlEngine.TRY_FAILED;
    }

    @Override
    public boolean isCacheable() {
        return true;
    }

    @Override
    public Class<?> getReturnType() {
        return String.class;
    }
}
