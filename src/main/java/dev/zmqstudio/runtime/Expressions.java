package dev.zmqstudio.runtime;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlFeatures;
import dev.zmqstudio.runtime.functions.ExpressionFunctions;
import org.apache.commons.jexl3.introspection.JexlPermissions;

import java.util.HashMap;
import java.util.Map;

/**
 * User expressions (link filters and transforms, sink aggregates) in a JEXL sandbox: restricted permissions
 * (no reflection, I/O, processes, threads or class loading), no loops, no lambdas, no object creation, no
 * assignments. An expression only reads the message it is given.
 */
public final class Expressions {
    private static final JexlEngine JEXL = new JexlBuilder()
            .permissions(JexlPermissions.RESTRICTED.compose(ExpressionFunctions.class.getPackageName() + ".*"))
            .features(new JexlFeatures()
                    .loops(false).lambda(false).newInstance(false).sideEffect(false).sideEffectGlobal(false)
                    .script(false).pragma(false).annotation(false).localVar(false).importPragma(false)
                    .namespacePragma(false))
            .namespaces(namespaces())
            .arithmetic(new OrderedMapArithmetic())
            .strict(true)
            .safe(false)
            .silent(false)
            .cache(512)
            .create();

    static {
        // JEXL and Jackson load many classes on first use; pay that at start-up, not on the first message.
        compile("num(words[0]) + bytes + (json == null ? 0 : 1)", "warm-up").evaluate(new MessageView("1 {\"a\": 1}", 0, "", 12));
    }

    private Expressions() {
    }

    private static Map<String, Object> namespaces() {
        Map<String, Object> ns = new HashMap<>();
        ns.put(null, new ExpressionFunctions());
        return ns;
    }

    /**
     * Compiles {@code text}; {@code what} names it in errors ("filter of link l1").
     *
     * @throws ExpressionException with a one-line message when the expression does not parse
     */
    public static Compiled compile(String text, String what) {
        try {
            return new Compiled(JEXL.createExpression(text), text, what);
        } catch (JexlException e) {
            throw new ExpressionException(what + " '" + text + "' is not a valid expression: " + reason(e));
        }
    }

    /** JEXL messages start with "org.apache...Class.method:@1:5 "; the user wants what follows. */
    private static String reason(JexlException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = detail.indexOf('@');
        int space = at < 0 ? -1 : detail.indexOf(' ', at);
        return (space > 0 ? detail.substring(space + 1) : detail).strip();
    }

    /** A compiled expression. Evaluate on one thread at a time per context (contexts are cheap). */
    public static final class Compiled {
        private final JexlExpression expression;
        private final String text;
        private final String what;

        private Compiled(JexlExpression expression, String text, String what) {
            this.expression = expression;
            this.text = text;
            this.what = what;
        }

        public Object evaluate(MessageView message) {
            try {
                return expression.evaluate(new MessageContext(message));
            } catch (JexlException e) {
                throw new ExpressionException(what + " '" + text + "' failed on message '" + abbreviate(message.msg())
                        + "': " + reason(e));
            }
        }

        public boolean test(MessageView message) {
            Object value = evaluate(message);
            if (value instanceof Boolean b) {
                return b;
            }
            throw new ExpressionException(what + " '" + text + "' must be true or false, but gave " + value);
        }

        public String text() {
            return text;
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** A user expression that does not compile or fails; the message is for the user. */
    public static final class ExpressionException extends RuntimeException {
        public ExpressionException(String message) {
            super(message);
        }
    }
}
