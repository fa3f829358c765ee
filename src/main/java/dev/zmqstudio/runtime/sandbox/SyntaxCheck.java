package dev.zmqstudio.runtime.sandbox;

import org.apache.commons.jexl3.parser.ASTArguments;
import org.apache.commons.jexl3.parser.ASTERNode;
import org.apache.commons.jexl3.parser.ASTFunctionNode;
import org.apache.commons.jexl3.parser.ASTIdentifier;
import org.apache.commons.jexl3.parser.ASTIdentifierAccess;
import org.apache.commons.jexl3.parser.ASTJxltLiteral;
import org.apache.commons.jexl3.parser.ASTMethodNode;
import org.apache.commons.jexl3.parser.ASTNRNode;
import org.apache.commons.jexl3.parser.ASTRegexLiteral;
import org.apache.commons.jexl3.parser.ASTStringLiteral;
import org.apache.commons.jexl3.parser.JexlNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

/**
 * What can be known of an expression before it runs: it is shallow enough for any thread's stack, and it names only
 * the variables, functions and methods the sandbox has; literal regular expressions compile. What passes here fails
 * at run only because of the message it is given.
 */
final class SyntaxCheck {
    static final int MAX_DEPTH = 100;
    /** Functions whose argument {@code index} is a regular expression. */
    private static final Set<String> PATTERN_FUNCTIONS = Set.of("matches", "find", "replace", "split");

    private final Set<String> variables;
    private final Set<String> functions;

    SyntaxCheck(Set<String> variables, Set<String> functions) {
        this.variables = Set.copyOf(variables);
        this.functions = Set.copyOf(functions);
    }

    /** @throws SandboxException saying what the expression does wrong ("calls the unknown function foo()...") */
    void check(JexlNode root) {
        Deque<JexlNode> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            JexlNode node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                throw new SandboxException("is nested too deeply (more than " + MAX_DEPTH + " levels); write it in smaller steps");
            }
            checkNode(node);
            for (int i = node.jjtGetNumChildren() - 1; i >= 0; i--) {
                JexlNode child = node.jjtGetChild(i);
                if (node instanceof ASTFunctionNode && i == 0) {
                    continue; // the function's name, checked with the call
                }
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
    }

    private void checkNode(JexlNode node) {
        switch (node) {
            case ASTFunctionNode call -> checkFunction(call);
            case ASTMethodNode call when call.jjtGetChild(0) instanceof ASTIdentifierAccess name -> {
                if (!SandboxMethods.isKnown(name.getName()) || SandboxMethods.isRefused(name.getName())) {
                    throw new SandboxException("calls ." + name.getName() + "(): " + SandboxMethods.refusal(name.getName()));
                }
            }
            case ASTIdentifier id when !variables.contains(id.getName()) -> throw new SandboxException(
                    "uses the unknown variable '" + id.getName() + "'; expressions see " + String.join(", ", sorted(variables)));
            case ASTJxltLiteral template -> throw new SandboxException(
                    "uses a `...` template text, which expressions do not support; join texts with + instead");
            case ASTERNode match -> checkPatternOperand(match.jjtGetChild(1));
            case ASTNRNode match -> checkPatternOperand(match.jjtGetChild(1));
            default -> {
            }
        }
    }

    private void checkFunction(ASTFunctionNode call) {
        JexlNode name = call.jjtGetChild(0);
        String function = name instanceof ASTIdentifier id ? id.getName() : name.toString();
        String namespace = name instanceof ASTIdentifier id ? id.getNamespace() : null;
        if (namespace != null || !functions.contains(function)) {
            String called = namespace == null ? function : namespace + ":" + function;
            throw new SandboxException("calls the unknown function " + called + "(); the functions are "
                    + String.join(", ", sorted(functions)));
        }
        if (PATTERN_FUNCTIONS.contains(function) && call.jjtGetNumChildren() > 1
                && call.jjtGetChild(1) instanceof ASTArguments args && args.jjtGetNumChildren() > 1) {
            checkPatternOperand(args.jjtGetChild(1));
        }
    }

    /** A pattern written in the expression itself must compile now, not fail on every message. */
    private static void checkPatternOperand(JexlNode operand) {
        String pattern = switch (operand) {
            case ASTStringLiteral text -> text.getLiteral();
            case ASTRegexLiteral regex -> regex.getLiteral().pattern();
            default -> null;
        };
        if (pattern != null) {
            try {
                Regexes.compile(pattern);
            } catch (SandboxException e) {
                throw new SandboxException("cannot run: " + e.getMessage());
            }
        }
    }

    private static Set<String> sorted(Set<String> names) {
        return new TreeSet<>(names);
    }
}
