package dev.zmqstudio.runtime.sandbox;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.introspection.JexlUberspect;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JEXL engine user expressions run in: no loops, lambdas, assignments or object creation; only the allow-listed
 * methods ({@link SandboxMethods}) and the given functions; texts within 1 MiB; cancellable at every step (see
 * {@link ExpressionBudget}). {@link #compile} checks an expression completely before it may run.
 */
public final class ExpressionSandbox {
    public static final int MAX_LENGTH = 10_000;

    private final SandboxEngine engine;
    private final SyntaxCheck check;

    /**
     * @param functions the object whose public methods expressions call without a prefix, e.g. {@code num(x)}
     * @param variables the names expressions may read
     */
    public ExpressionSandbox(Object functions, Set<String> variables) {
        Class<?> type = functions.getClass();
        SandboxPermissions permissions = new SandboxPermissions(type);
        JexlUberspect introspection = new JexlBuilder().permissions(permissions).create().getUberspect();
        Map<String, Object> namespaces = new HashMap<>();
        namespaces.put(null, functions);
        this.engine = new SandboxEngine(new JexlBuilder()
                .uberspect(new SandboxUberspect(introspection))
                .features(new JexlFeatures()
                        .loops(false).lambda(false).newInstance(false).sideEffect(false).sideEffectGlobal(false)
                        .script(false).pragma(false).annotation(false).localVar(false).importPragma(false)
                        .namespacePragma(false))
                .namespaces(namespaces)
                .arithmetic(new SandboxArithmetic())
                .strict(true)
                .safe(false)
                .silent(false)
                .cancellable(true)
                .cache(512));
        Set<String> functionNames = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .collect(Collectors.toSet());
        this.check = new SyntaxCheck(variables, functionNames);
    }

    /**
     * The expression, checked: its syntax, length, depth, and every variable, function, method and literal pattern it
     * names.
     *
     * @throws SandboxException what is wrong, as the end of a sentence about the expression ("is not a valid
     *                          expression: ...", "calls the unknown function foo(); ...")
     */
    public JexlExpression compile(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new SandboxException("is too long: " + text.length() + " characters (at most " + MAX_LENGTH + ")");
        }
        try {
            check.check(engine.tree(text));
            return engine.createExpression(text);
        } catch (JexlException e) {
            throw new SandboxException("is not a valid expression: " + reason(e));
        } catch (StackOverflowError e) {
            throw new SandboxException("is nested too deeply; write it in smaller steps");
        }
    }

    /**
     * JEXL messages start with "org.apache...Class.method:@1:5 "; the user wants what follows, and where when the
     * expression has more than one line or the place is not at its start.
     */
    public static String reason(JexlException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = detail.indexOf('@');
        int space = at < 0 ? -1 : detail.indexOf(' ', at);
        String what = arithmetic(e).orElse((space > 0 ? detail.substring(space + 1) : detail).strip());
        String[] place = space > 0 ? detail.substring(at + 1, space).split(":") : new String[0];
        if (place.length == 2 && !place[1].equals("1")) {
            return what + " (line " + place[0] + ", column " + place[1] + ")";
        }
        return what;
    }

    /** JEXL words an arithmetic failure as "JEXL error : / error"; the user wants "division by zero". */
    private static java.util.Optional<String> arithmetic(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ArithmeticException a) {
                String m = a.getMessage() == null ? "" : a.getMessage();
                return java.util.Optional.of(switch (m) {
                    case "/", "%", "/ by zero", "BigInteger divide by zero", "Division by zero", "Division undefined" -> "division by zero";
                    default -> m.contains("overflow") ? "the number is too large (" + m + ")" : "arithmetic error: " + m;
                });
            }
        }
        return java.util.Optional.empty();
    }
}
