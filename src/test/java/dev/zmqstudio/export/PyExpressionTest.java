package dev.zmqstudio.export;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The expressions of the examples and of the documentation, as Python; what is outside the subset is not translated. */
class PyExpressionTest {
    @Test
    void theSubsetTranslates() {
        assertEquals(Optional.of("get(m.json, 'num') % 2 == 0"), PyExpression.of("json.num % 2 == 0"));
        assertEquals(Optional.of("not get(m.json, 'valid')"), PyExpression.of("!json.valid"));
        assertEquals(Optional.of("num(m.words[1])"), PyExpression.of("num(words[1])"));
        assertEquals(Optional.of("{'worker': m.node, 'chunk': get(m.json, 'chunk'), 'sum': zsrt_sum(get(m.json, 'nums'))}"),
                PyExpression.of("{'worker': node, 'chunk': json.chunk, 'sum': sum(json.nums)}"));
        assertEquals(Optional.of("m.n % 2 == 0 or m.bytes > 0"), PyExpression.of("n % 2 == 0 || bytes > 0"));
        assertEquals(Optional.of("get(get(m.json, 'a'), 'b') != None and m.topic == 'x'"), PyExpression.of("json.a.b != null && topic == 'x'"));
    }

    @Test
    void whatIsOutsideTheSubsetIsNot() {
        assertEquals(Optional.empty(), PyExpression.of("msg.length() > 3"), "a method call");
        assertEquals(Optional.empty(), PyExpression.of("size(msg)"), "an unknown function");
        assertEquals(Optional.empty(), PyExpression.of("x = 1"), "an assignment");
        assertEquals(Optional.empty(), PyExpression.of("msg =~ 'a.*'"), "a regex match");
        assertEquals(Optional.empty(), PyExpression.of("__import__('os')"), "a name that is not the message's");
    }
}
