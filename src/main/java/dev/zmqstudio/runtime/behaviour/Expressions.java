package dev.zmqstudio.runtime.behaviour;

import dev.zmqstudio.runtime.functions.ExpressionFunctions;
import dev.zmqstudio.runtime.sandbox.ExpressionBudget;
import dev.zmqstudio.runtime.sandbox.ExpressionSandbox;
import dev.zmqstudio.runtime.sandbox.SandboxException;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;

/**
 * User expressions (link filters and transforms, sink aggregates) in a JEXL sandbox ({@link ExpressionSandbox}): no
 * loops, lambdas, object creation or assignments; an allow-list of methods; texts of at most 1 MiB; linear-time
 * regular expressions. An expression only reads the message it is given. Each evaluation has the time budget of its
 * thread ({@link ExpressionBudget}, opened by the runner): past it, the evaluation fails that message.
 */
public final class Expressions {
    private static final ExpressionSandbox SANDBOX = new ExpressionSandbox(new ExpressionFunctions(), MessageContext.NAMES);

    static {
        // JEXL, Jackson and the regular expressions load many classes on first use; pay that at start-up, not in the
        // first message's budget (a cold process under load spent more than 50 ms of CPU in a first split()).
        compile("num(words[0]) + bytes + (json == null ? 0 : 1) + size(split(frames[0], '[.]'))"
                + " + (matches(msg, '^[0-9]') ? 1 : 0)", "warm-up").evaluate(new MessageView("1 {\"a\": 1}",
                new ReceivedFrames(java.util.List.of(new byte[] {0, 1}, "1 {\"a\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                0, "", 12));
    }

    private Expressions() {
    }

    /**
     * Compiles {@code text} and checks everything that can be checked before it runs; {@code what} names it in errors
     * ("filter of link l1").
     *
     * @throws ExpressionException with a one-line message when the expression is not valid or uses what the sandbox
     *                             does not have
     */
    public static Compiled compile(String text, String what) {
        try {
            return new Compiled(SANDBOX.compile(text), text, what);
        } catch (SandboxException e) {
            throw new ExpressionException(what + " '" + abbreviate(text) + "' " + e.getMessage());
        }
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

        /** The value for {@code message}, within the thread's budget. */
        public Object evaluate(MessageView message) {
            ExpressionBudget budget = ExpressionBudget.current();
            for (boolean retried = false; ; retried = true) {
                budget.begin();
                try {
                    return expression.evaluate(new MessageContext(message, budget.cancelFlag()));
                } catch (RuntimeException e) {
                    if (!ExpressionBudget.isCancellation(e)) {
                        throw failure(message, e);
                    }
                    if (budget.stopped()) {
                        throw new ExpressionException(what + " '" + abbreviate(text) + "' was stopped with the run");
                    }
                    if (budget.overran() || retried) {
                        throw new ExpressionException(what + " '" + abbreviate(text) + "' exceeded its "
                                + budget.limitMillis() + " ms budget on message '" + abbreviate(message.msg())
                                + "'; simplify it, or raise settings.expressionBudgetMs (at most 1000)");
                    }
                    // The watchdog raised the flag for the evaluation before this one as it ended: run this one again.
                } finally {
                    budget.end();
                }
            }
        }

        public boolean test(MessageView message) {
            Object value = evaluate(message);
            if (value instanceof Boolean b) {
                return b;
            }
            throw new ExpressionException(what + " '" + abbreviate(text) + "' must be true or false, but gave "
                    + abbreviate(String.valueOf(value)));
        }

        public String text() {
            return text;
        }

        private ExpressionException failure(MessageView message, RuntimeException e) {
            return new ExpressionException(what + " '" + abbreviate(text) + "' failed on message '"
                    + abbreviate(message.msg()) + "': " + reason(e));
        }
    }

    /** What went wrong, in one line: the sandbox's own words when it refused something, else JEXL's. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SandboxException refused) {
                return refused.getMessage();
            }
        }
        if (e instanceof JexlException jexl) {
            return ExpressionSandbox.reason(jexl);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
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
