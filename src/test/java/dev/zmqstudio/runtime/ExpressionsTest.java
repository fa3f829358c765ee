package dev.zmqstudio.runtime;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpressionsTest {
    private static MessageView message(String text) {
        return new MessageView(text, 4, "node-a", text.length());
    }

    @Test
    void filtersSeeJsonFieldsWordsAndTopic() {
        assertTrue(Expressions.compile("json.num % 2 == 0", "f").test(message("{\"num\": 42}")));
        assertFalse(Expressions.compile("json.num % 2 == 0", "f").test(message("{\"num\": 43}")));
        assertTrue(Expressions.compile("topic == '10001' && num(words[1]) > 20", "f").test(message("10001 23")));
        assertTrue(Expressions.compile("json.valid", "f").test(message("invoice {\"valid\": true, \"amount\": 3}")));
        assertEquals(4L, Expressions.compile("n", "f").evaluate(message("x")));
        assertEquals("node-a", Expressions.compile("node", "f").evaluate(message("x")));
    }

    @Test
    void transformsMayBuildJson() {
        Object out = Expressions.compile("{'num': json.num * 10, 'from': node}", "t").evaluate(message("{\"num\": 4}"));
        assertEquals("{\"num\":40,\"from\":\"node-a\"}", MessageView.render(out));
        assertEquals("12", MessageView.render(Expressions.compile("num('12')", "t").evaluate(message("x"))));
    }

    @Test
    void theSandboxRefusesReflectionProcessesLoopsAndObjectCreation() {
        var reflection = Expressions.compile("''.getClass().forName('java.lang.Runtime')", "x");
        assertNull(reflectionResult(reflection), "reflection is denied");
        assertThrows(Expressions.ExpressionException.class, () -> Expressions.compile("new('java.io.File', '/')", "x"));
        assertThrows(Expressions.ExpressionException.class, () -> Expressions.compile("while (true) { 1 }", "x"));
        assertThrows(Expressions.ExpressionException.class, () -> Expressions.compile("x = 3", "x"));
        assertThrows(Expressions.ExpressionException.class, () -> Expressions.compile("(x) -> x", "x"));
    }

    private static Object reflectionResult(Expressions.Compiled e) {
        try {
            return e.evaluate(message("x"));
        } catch (Expressions.ExpressionException denied) {
            return null;
        }
    }

    @Test
    void errorsNameTheExpressionAndWhatWentWrong() {
        var bad = assertThrows(Expressions.ExpressionException.class, () -> Expressions.compile("msg ==", "filter of link l1"));
        assertTrue(bad.getMessage().startsWith("filter of link l1 'msg ==' is not a valid expression: "), bad.getMessage());
        var notBoolean = assertThrows(Expressions.ExpressionException.class,
                () -> Expressions.compile("bytes", "filter of link l2").test(message("abc")));
        assertEquals("filter of link l2 'bytes' must be true or false, but gave 3", notBoolean.getMessage());
        var missing = assertThrows(Expressions.ExpressionException.class,
                () -> Expressions.compile("json.num > 1", "filter of link l3").test(message("not json")));
        assertTrue(missing.getMessage().startsWith("filter of link l3 'json.num > 1' failed on message 'not json': "),
                missing.getMessage());
    }

    @Test
    void jsonIsNullForTextPayloads() {
        assertEquals(Map.of(), Map.of());
        assertTrue(Expressions.compile("json == null", "f").test(message("10001 23")));
    }
}
