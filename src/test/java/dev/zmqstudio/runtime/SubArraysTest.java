package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.behaviour.Expressions;
import dev.zmqstudio.runtime.behaviour.MessageView;
import dev.zmqstudio.runtime.behaviour.Template;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ventilator's pieces: {ints:K} hands out consecutive sub-arrays, sum(list) adds one up exactly. */
class SubArraysTest {
    private static final Template.Bindings BINDINGS = new Template.Bindings("manager", "5557", List.of());

    @Test
    void intsGivesMessageNItsKConsecutiveWholeNumbers() {
        Template t = Template.compile("{\"chunk\": {n}, \"nums\": {ints:3}}", BINDINGS, 1);
        assertEquals("{\"chunk\": 0, \"nums\": [0, 1, 2]}", t.expandText(0, null));
        assertEquals("{\"chunk\": 4, \"nums\": [12, 13, 14]}", t.expandText(4, null));
        assertFalse(t.isConstant());
        var e = assertThrows(IllegalArgumentException.class, () -> Template.compile("{ints:0}", BINDINGS, 1));
        assertEquals("{ints:0} in '{ints:0}' needs a size from 1 to 100000", e.getMessage());
    }

    @Test
    void sumAddsAJsonArrayExactlyAndKeepsWholeNumbersWhole() {
        MessageView big = new MessageView("{\"nums\": [9007199254740993, 1, 2]}", 0, "w", 30);
        assertEquals(9007199254740996L, Expressions.compile("sum(json.nums)", "t").evaluate(big), "beyond double precision");
        Object transformed = Expressions.compile("{'sum': sum(json.nums)}", "t")
                .evaluate(new MessageView("{\"nums\": [1, 2, 3]}", 0, "w", 20));
        assertEquals("{\"sum\":6}", MessageView.render(transformed));
        assertEquals(3.5, Expressions.compile("sum(json.nums)", "t").evaluate(new MessageView("{\"nums\": [1, 2.5]}", 0, "w", 16)));
        assertEquals(0L, Expressions.compile("sum(json.nums)", "t").evaluate(new MessageView("{\"nums\": []}", 0, "w", 12)));
    }

    @Test
    void anEchoReplyIsExactlyTheMsgPlaceholder() {
        assertTrue(Template.compile("{msg}", BINDINGS, 1).isEcho());
        assertFalse(Template.compile("echo {msg}", BINDINGS, 1).isEcho());
        assertFalse(Template.compile("{n}", BINDINGS, 1).isEcho());
    }
}
