package dev.zmqstudio.export;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The expressions of the examples and of the documentation, as Java over the runtime's helpers; the rest is not translated. */
class JavaExpressionTest {
    @Test
    void theSubsetTranslatesWithItsPrecedence() {
        assertEquals(Optional.of("Zsrt.eq(Zsrt.mod(Zsrt.get((Object) m.json, \"num\"), (Object) 2L), (Object) 0L)"),
                JavaExpression.of("json.num % 2 == 0"));
        assertEquals(Optional.of("(Object) Zsrt.num(Zsrt.index((Object) m.words, (Object) 1L))"), JavaExpression.of("num(words[1])"));
        assertEquals(Optional.of("(Zsrt.truthy(Zsrt.eq(Zsrt.mod((Object) m.n, (Object) 2L), (Object) 0L)) || Zsrt.truthy((Zsrt.compare((Object) m.bytes, (Object) 0L) > 0)))"),
                JavaExpression.of("n % 2 == 0 || bytes > 0"));
        assertEquals(Optional.of("Zsrt.add((Object) m.msg, (Object) \"!\")"), JavaExpression.of("msg + '!'"));
        assertEquals(Optional.of("Zsrt.add((Object) 1L, Zsrt.mul((Object) 2L, (Object) 3L))"), JavaExpression.of("1 + 2 * 3"),
                "multiplication binds tighter");
        assertEquals(Optional.of("(!Zsrt.truthy(Zsrt.get((Object) m.json, \"valid\")))"), JavaExpression.of("!json.valid"));
        assertEquals(Optional.of("!Zsrt.eq(Zsrt.get(Zsrt.get((Object) m.json, \"a\"), \"b\"), (Object) null)"), JavaExpression.of("json.a.b != null"));
        assertEquals(Optional.of("Zsrt.map(String.valueOf((Object) \"worker\"), (Object) m.node, String.valueOf((Object) \"sum\"), (Object) Zsrt.sum(Zsrt.get((Object) m.json, \"nums\")))"),
                JavaExpression.of("{'worker': node, 'sum': sum(json.nums)}"));
    }

    @Test
    void whatIsOutsideTheSubsetIsNot() {
        assertEquals(Optional.empty(), JavaExpression.of("msg.length() > 3"), "a method call");
        assertEquals(Optional.empty(), JavaExpression.of("size(msg)"), "an unknown function");
        assertEquals(Optional.empty(), JavaExpression.of("x = 1"), "an assignment");
        assertEquals(Optional.empty(), JavaExpression.of("msg =~ 'a.*'"), "a regex match");
        assertEquals(Optional.empty(), JavaExpression.of("System.exit(1)"), "a name that is not the message's");
        assertEquals(Optional.empty(), JavaExpression.of("json.num %"), "an incomplete expression");
    }
}
