package dev.zmqstudio.runtime.sandbox;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.internal.Engine;
import org.apache.commons.jexl3.parser.ASTJexlScript;

/** JEXL's engine, with its syntax tree in reach: the sandbox checks the tree before any expression runs. */
final class SandboxEngine extends Engine {
    SandboxEngine(JexlBuilder builder) {
        super(builder);
    }

    /** Parses {@code text} as an expression (cached, like createExpression). */
    ASTJexlScript tree(String text) {
        return parse(null, true, text, null);
    }
}
