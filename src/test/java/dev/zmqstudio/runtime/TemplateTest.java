package dev.zmqstudio.runtime;

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
        assertEquals("{rand:1..99999999999999999999} in '{rand:1..99999999999999999999}' has a bound beyond what a whole"
                + " number holds; keep both within -9223372036854775808..9223372036854775807", tooBig.getMessage());
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
}
