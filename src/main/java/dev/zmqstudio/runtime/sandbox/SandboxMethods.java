package dev.zmqstudio.runtime.sandbox;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The methods expressions may call, by the type of value they are called on. Each one takes time in proportion to
 * the value it reads and builds at most a few times its size; those that could build more ({@code repeat},
 * {@code concat}, {@code replace}) are checked against the 1 MiB limit first ({@link SizedStringMethod}). Nothing
 * static, no reflection, no JDK regular expressions (they backtrack: the functions {@code matches}, {@code find},
 * {@code replace} and {@code split} use linear-time ones instead).
 */
public final class SandboxMethods {
    static final Set<String> TEXT = Set.of("length", "isEmpty", "isBlank", "charAt", "codePointAt", "contains",
            "startsWith", "endsWith", "indexOf", "lastIndexOf", "substring", "toLowerCase", "toUpperCase", "strip",
            "stripLeading", "stripTrailing", "trim", "equalsIgnoreCase", "compareTo", "compareToIgnoreCase",
            "repeat", "concat", "replace");
    static final Set<String> LIST = Set.of("size", "isEmpty", "get", "contains", "indexOf", "lastIndexOf",
            "subList", "getFirst", "getLast");
    static final Set<String> COLLECTION = Set.of("size", "isEmpty", "contains");
    static final Set<String> MAP = Set.of("size", "isEmpty", "get", "getOrDefault", "containsKey", "containsValue",
            "keySet", "values", "entrySet");
    static final Set<String> ENTRY = Set.of("getKey", "getValue");
    static final Set<String> NUMBER = Set.of("intValue", "longValue", "doubleValue", "compareTo");
    static final Set<String> BOOLEAN = Set.of("booleanValue", "compareTo");
    static final Set<String> ANY = Set.of("toString", "equals", "hashCode");

    /** Why some well-known methods are refused, and what to use instead. */
    private static final Map<String, String> ADVICE = Map.ofEntries(
            Map.entry("matches", "it can take exponential time; use the function matches(s, re)"),
            Map.entry("replaceAll", "it can take exponential time; use the function replace(s, re, with)"),
            Map.entry("replaceFirst", "it can take exponential time; use the function replace(s, re, with)"),
            Map.entry("split", "it can take exponential time; use the function split(s, re)"),
            Map.entry("format", "its widths can build gigabytes; join text with + and str(x)"),
            Map.entry("formatted", "its widths can build gigabytes; join text with + and str(x)"),
            Map.entry("getClass", "expressions may not use reflection"),
            Map.entry("forName", "expressions may not use reflection"),
            Map.entry("getBytes", "use the variable bytes for the size of the message"));

    private SandboxMethods() {
    }

    /** Whether JEXL may call {@code method}; {@code functions} is the class of the expression functions. */
    static boolean allowed(Method method, Class<?> functions) {
        Class<?> owner = method.getDeclaringClass();
        if (owner == functions) {
            return !Modifier.isStatic(method.getModifiers());
        }
        if (Modifier.isStatic(method.getModifiers())) {
            return false;
        }
        String name = method.getName();
        if (ANY.contains(name)) {
            return owner == Object.class || visible(owner, functions);
        }
        if (owner == String.class) {
            return TEXT.contains(name);
        }
        if (Map.Entry.class.isAssignableFrom(owner)) {
            return ENTRY.contains(name);
        }
        if (Map.class.isAssignableFrom(owner)) {
            return MAP.contains(name);
        }
        if (List.class.isAssignableFrom(owner)) {
            return LIST.contains(name);
        }
        if (Collection.class.isAssignableFrom(owner)) {
            return COLLECTION.contains(name);
        }
        if (Number.class.isAssignableFrom(owner)) {
            return NUMBER.contains(name);
        }
        return (owner == Boolean.class || owner == Character.class) && BOOLEAN.contains(name);
    }

    /** The kinds of values expressions may look into at all. */
    static boolean visible(Class<?> type, Class<?> functions) {
        return type == String.class || type == functions || type == Boolean.class || type == Character.class
                || Number.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type) || Map.Entry.class.isAssignableFrom(type);
    }

    /** Whether some value may have a method called {@code name}. */
    static boolean isKnown(String name) {
        return TEXT.contains(name) || LIST.contains(name) || MAP.contains(name) || ENTRY.contains(name)
                || NUMBER.contains(name) || BOOLEAN.contains(name) || ANY.contains(name);
    }

    /** Whether {@code name} is a method refused on purpose (it exists, but is unsafe). */
    static boolean isRefused(String name) {
        return ADVICE.containsKey(name);
    }

    /** Why {@code .name(...)} cannot be called, and what to write instead. */
    static String refusal(String name) {
        String advice = ADVICE.get(name);
        if (advice != null) {
            return "that method is not allowed: " + advice;
        }
        return "expressions have no such method; text has " + list(TEXT) + "; lists have "
                + list(LIST) + "; maps have " + list(MAP);
    }

    private static String list(Set<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }
}
