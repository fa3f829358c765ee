package dev.zmqstudio.runtime.behaviour;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateTest {
    private static final Template.Bindings BINDINGS = new Template.Bindings("pusher", "5555", List.of("a", "b", "c"));

    @Test
    void expandsNumberNodePortAndTopicsInTurn() {
        Template t = Template.compile("{topic} {n} from {node}:{port}", BINDINGS, 1);
        assertEquals("a 0 from pusher:5555", t.expandText(0, null));
        assertEquals("b 1 from pusher:5555", t.expandText(1, null));
        assertEquals("a 3 from pusher:5555", t.expandText(3, null));
    }

    @Test
    void cycleTakesItsItemsInTurnInStepWithTopics() {
        Template topic = Template.compile("{topic}", BINDINGS, 1);
        Template data = Template.compile("{cycle:first|second|}!", BINDINGS, 1);
        assertEquals(List.of("a first!", "b second!", "c !", "a first!"),
                IntStream.range(0, 4).mapToObj(n -> topic.expandText(n, null) + " " + data.expandText(n, null)).toList());
    }

    @Test
    void aSinkFormatShowsFramesAndTheMessage() {
        Template t = Template.compile("{frames} / {msg}", BINDINGS, 1);
        assertEquals("[A][data] / [A][data]", t.expandText(0, "[A][data]", "[A][data]"));
        assertEquals(" / hello", t.expandText(0, "hello"), "without frames given, {frames} is empty");
    }

    @Test
    void jsonBracesStayLiteral() {
        Template t = Template.compile("{\"num\": {n}, \"tag\": {x}}", BINDINGS, 1);
        assertEquals("{\"num\": 7, \"tag\": {x}}", t.expandText(7, null));
    }

    @Test
    void randomIsInclusiveAndRepeatableForASeed() {
        Template a = Template.compile("{rand:9999..10004}", BINDINGS, 42);
        Template b = Template.compile("{rand:9999..10004}", BINDINGS, 42);
        List<String> first = IntStream.range(0, 500).mapToObj(i -> a.expandText(i, null)).toList();
        List<String> second = IntStream.range(0, 500).mapToObj(i -> b.expandText(i, null)).toList();
        assertEquals(first, second);
        assertEquals(6, first.stream().distinct().count(), "every zip from 9999 to 10004 appears");
        assertTrue(first.stream().mapToInt(Integer::parseInt).allMatch(z -> z >= 9999 && z <= 10004));
    }

    @Test
    void negativeRangesWork() {
        Template t = Template.compile("{rand:-80..135}", BINDINGS, 3);
        assertTrue(IntStream.range(0, 1000).mapToObj(i -> Integer.parseInt(t.expandText(i, null))).anyMatch(v -> v < 0));
    }

    @Test
    void rangesWiderThanALongCanCountStillDrawInsideTheirBounds() {
        Template whole = Template.compile("{rand:-9223372036854775808..9223372036854775807}", BINDINGS, 5);
        List<Long> any = IntStream.range(0, 200).mapToObj(i -> Long.parseLong(whole.expandText(i, null))).toList();
        assertTrue(any.stream().anyMatch(v -> v < 0) && any.stream().anyMatch(v -> v > 0), any.toString());
        Template wide = Template.compile("{rand:-5..9223372036854775807}", BINDINGS, 5);
        assertTrue(IntStream.range(0, 200).mapToObj(i -> Long.parseLong(wide.expandText(i, null))).allMatch(v -> v >= -5));
    }

    @Test
    void reversedBoundsAreAClearError() {
        var e = assertThrows(IllegalArgumentException.class, () -> Template.compile("{rand:5..1}", BINDINGS, 1));
        assertEquals("{rand:5..1} in '{rand:5..1}' has its bounds reversed; write {rand:1..5}", e.getMessage());
        var tooBig = assertThrows(IllegalArgumentException.class, () -> Template.compile("{rand:1..99999999999999999999}", BINDINGS, 1));
        assertEquals("{rand:1..99999999999999999999} in '{rand:1..99999999999999999999}': 99999999999999999999 is beyond the"
                + " whole numbers a template can draw (-9223372036854775808 to 9223372036854775807)", tooBig.getMessage());
    }

    @Test
    void aTemplateWithoutPlaceholdersIsComputedOnce() {
        Template t = Template.compile("Hello from {node}", BINDINGS, 1);
        assertTrue(t.isConstant());
        assertEquals(t.expand(0, null), t.expand(1, null));
        assertFalse(Template.compile("{n}", BINDINGS, 1).isConstant());
    }

    @Test
    void repliesCarryTheRequest() {
        Template t = Template.compile("World ({msg}) from {port}", BINDINGS, 1);
        assertEquals("World (Hello 3) from 5555", t.expandText(3, "Hello 3"));
    }

    @Test
    void randomCoversRangesWiderThanALong() {
        Template positive = Template.compile("{rand:0..9223372036854775807}", BINDINGS, 5);
        Template all = Template.compile("{rand:-9223372036854775808..9223372036854775807}", BINDINGS, 5);
        List<Long> drawn = IntStream.range(0, 1000).mapToObj(i -> Long.parseLong(positive.expandText(i, null))).toList();
        assertTrue(drawn.stream().allMatch(v -> v >= 0));
        assertTrue(drawn.stream().anyMatch(v -> v > Long.MAX_VALUE / 2), "the upper half is reached");
        List<Long> anywhere = IntStream.range(0, 1000).mapToObj(i -> Long.parseLong(all.expandText(i, null))).toList();
        assertTrue(anywhere.stream().anyMatch(v -> v < 0) && anywhere.stream().anyMatch(v -> v > 0));
        assertEquals("7", Template.compile("{rand:7..7}", BINDINGS, 1).expandText(0, null));
    }

    @Test
    void malformedPlaceholdersAreClearErrorsNotLiteralText() {
        assertEquals("{rand:5} in '{rand:5}' needs two whole numbers, the least and the most, as in {rand:1..6}",
                compileError("{rand:5}"));
        assertEquals("{rand:0..99999999999999999999} in 'x {rand:0..99999999999999999999}': 99999999999999999999 is"
                + " beyond the whole numbers a template can draw (-9223372036854775808 to 9223372036854775807)",
                compileError("x {rand:0..99999999999999999999}"));
        assertEquals("{ints:0} in '{ints:0}' needs a size from 1 to 100000", compileError("{ints:0}"));
        assertEquals("{ints:100001} in '{ints:100001}' needs a size from 1 to 100000", compileError("{ints:100001}"));
        assertEquals("{ints:-3} in '{ints:-3}' needs a size from 1 to 100000", compileError("{ints:-3}"));
    }

    @Test
    void aTemplateThatCouldPassOneMebibyteIsRefused() {
        int largest = Template.compile("{ints:10000}", BINDINGS, 1).expandText(Long.MAX_VALUE / 10_000 - 1, null).length();
        assertTrue(largest > 200_000 && largest <= 210_002, "the bound holds for the largest numbers: " + largest);
        assertTrue(compileError("{ints:10000}".repeat(5)).endsWith("can expand to 1050010 characters, over the 1 MiB limit"
                + " (1048576); use smaller {ints:K} or less text"));
        assertTrue(compileError("x".repeat((1 << 20) + 1)).startsWith("the template is 1048577 characters long"));
    }

    @Test
    void aFewMessagesMayHaveLargerArraysThanEndlessOnes() {
        Template.Bindings threeMessages = new Template.Bindings("gen", "", List.of(), 3);
        Template big = Template.compile("{ints:100000}", threeMessages, 1);
        assertTrue(big.expandText(2, null).length() < 1 << 20, "message 2 holds 200000..299999");
        assertTrue(compileError("{ints:100000}").contains("can expand to 2100002 characters"), "with no count, any n");
    }

    @Test
    void anExpansionThatTheMessageWouldMakeTooLongFailsThatMessage() {
        Template t = Template.compile("{msg}{msg}", BINDINGS, 1);
        assertEquals(1 << 20, t.expandText(0, "y".repeat(1 << 19)).length());
        var e = assertThrows(Template.TemplateException.class, () -> t.expandText(1, "y".repeat((1 << 19) + 1)));
        assertEquals("the template would expand to more than 1 MiB (1048576 characters) with a message of 524289"
                + " characters in {msg}", e.getMessage());
    }

    @Test
    void intsGiveEachMessageItsShareOfTheNumbers() {
        assertEquals("[6, 7, 8]", Template.compile("{ints:3}", BINDINGS, 1).expandText(2, null));
    }

    private static String compileError(String template) {
        return assertThrows(Template.TemplateException.class, () -> Template.compile(template, BINDINGS, 1)).getMessage();
    }
}
