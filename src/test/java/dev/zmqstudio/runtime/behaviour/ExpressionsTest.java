package dev.zmqstudio.runtime.behaviour;

import dev.zmqstudio.runtime.sandbox.ExpressionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class ExpressionsTest {
    private static MessageView message(String text) {
        return new MessageView(text, 4, "node-a", text.length());
    }

    private static Object eval(String expression, String text) {
        return Expressions.compile(expression, "x").evaluate(message(text));
    }

    private static String refusal(String expression) {
        return assertThrows(Expressions.ExpressionException.class, () -> Expressions.compile(expression, "filter of link l1"))
                .getMessage();
    }

    private static String failure(String expression, String text) {
        var compiled = Expressions.compile(expression, "transform of link l1");
        return assertThrows(Expressions.ExpressionException.class, () -> compiled.evaluate(message(text))).getMessage();
    }

    @Test
    void filtersSeeJsonFieldsWordsAndTopic() {
        assertTrue(Expressions.compile("json.num % 2 == 0", "f").test(message("{\"num\": 42}")));
        assertFalse(Expressions.compile("json.num % 2 == 0", "f").test(message("{\"num\": 43}")));
        assertTrue(Expressions.compile("topic == '10001' && num(words[1]) > 20", "f").test(message("10001 23")));
        assertTrue(Expressions.compile("json.valid", "f").test(message("invoice {\"valid\": true, \"amount\": 3}")));
        assertEquals(4L, eval("n", "x"));
        assertEquals("node-a", eval("node", "x"));
    }

    @Test
    void transformsMayBuildJson() {
        Object out = eval("{'num': json.num * 10, 'from': node}", "{\"num\": 4}");
        assertEquals("{\"num\":40,\"from\":\"node-a\"}", MessageView.render(out));
        assertEquals("12", MessageView.render(eval("num('12')", "x")));
    }

    @Test
    void allowedMethodsOfTextListsAndMapsWork() {
        assertEquals("HELLO", eval("msg.toUpperCase()", "hello"));
        assertEquals(true, eval("msg.startsWith('he') && msg.contains('ll')", "hello"));
        assertEquals("ell", eval("msg.substring(1, 4)", "hello"));
        assertEquals(2, eval("words.size()", "a b"));
        assertEquals(true, eval("json.containsKey('a') && json.get('a') == 1", "{\"a\": 1}"));
        assertEquals("hahaha", eval("msg.repeat(3)", "ha"));
        assertEquals("hexxo", eval("msg.replace('l', 'x')", "hello"));
    }

    @Test
    void theSandboxRefusesReflectionProcessesLoopsAndObjectCreation() {
        assertTrue(refusal("''.getClass().forName('java.lang.Runtime')").contains("may not use reflection"));
        assertTrue(refusal("new('java.io.File', '/')").contains("is not a valid expression"));
        assertThrows(Expressions.ExpressionException.class, () -> Expressions.compile("while (true) { 1 }", "x"));
        assertThrows(Expressions.ExpressionException.class, () -> Expressions.compile("x = 3", "x"));
        assertThrows(Expressions.ExpressionException.class, () -> Expressions.compile("(x) -> x", "x"));
        assertTrue(failure("msg.class", "x").contains("undefined property 'class'"), "no getter of Class either");
    }

    @Test
    void backtrackingAndUnboundedMethodsAreRefusedWithWhatToUseInstead() {
        assertEquals("filter of link l1 'msg.matches('(.*a){30}')' calls .matches(): that method is not allowed: it can"
                + " take exponential time; use the function matches(s, re)", refusal("msg.matches('(.*a){30}')"));
        assertTrue(refusal("msg.replaceAll('a', 'b')").endsWith("use the function replace(s, re, with)"));
        assertTrue(refusal("msg.split(',')").endsWith("use the function split(s, re)"));
        assertTrue(refusal("msg.format('%2000000000d', 1)").contains("its widths can build gigabytes"));
        assertTrue(refusal("msg.chars()").contains("expressions have no such method; text has charAt"));
    }

    @Test
    void unknownFunctionsVariablesAndTemplateTextsAreRefusedBeforeTheyRun() {
        assertEquals("filter of link l1 'exec('ls')' calls the unknown function exec(); the functions are find, matches,"
                + " num, replace, split, str, sum", refusal("exec('ls')"));
        assertTrue(refusal("math:abs(1)").contains("calls the unknown function math:abs()"));
        assertEquals("filter of link l1 'amount > 3' uses the unknown variable 'amount'; expressions see bytes, frames, json,"
                + " msg, n, node, topic, words", refusal("amount > 3"));
        assertTrue(refusal("`${msg}${msg}`").contains("template text, which expressions do not support"));
    }

    @Test
    void expressionsTooLongOrTooDeepForARunnersStackAreRefused() {
        assertTrue(refusal("(".repeat(150) + "1" + ")".repeat(150)).contains("is nested too deeply"));
        assertTrue(refusal("n" + " + 1".repeat(2000)).contains("is nested too deeply"));
        assertTrue(refusal("msg == '" + "x".repeat(10_000) + "'").contains("is too long: 10009 characters (at most 10000)"));
        assertEquals(101L, eval("n" + " + 1".repeat(97), "x"), "97 additions are fine");
    }

    @Test
    void textsBuiltByExpressionsStopAtOneMebibyte() {
        String kilobyte = "x".repeat(1024);
        assertTrue(failure("msg.repeat(50000000)", "ab").endsWith(
                "repeat(50000000) would make a text of 100000000 characters, over the 1 MiB limit (1048576 characters)"));
        String replaced = failure("msg.replace('x', msg)", kilobyte + "x");
        assertTrue(replaced.contains("replace would make a text of 1050625 characters"), replaced);
        String doubling = "msg";
        for (int i = 0; i < 9; i++) {
            doubling = "(" + doubling + " + " + doubling + ")";
        }
        assertTrue(failure(doubling, kilobyte.repeat(4)).contains("joining texts with + would make a text of 2097152 characters"));
        assertTrue(failure("replace(msg, '', msg)", kilobyte).contains("replace would make a text of"));
        assertTrue(failure("msg.concat(msg.repeat(1024))", kilobyte).contains("concat would make a text of 1049600"));
        assertEquals(1 << 20, ((String) eval("msg.repeat(1024)", kilobyte)).length(), "exactly 1 MiB is allowed");
    }

    @Test
    void rangesAreBoundedAndListMembershipIsLinear() {
        assertEquals(5050L, eval("sum(1..100)", "x"));
        assertTrue(failure("sum(0..2000000)", "x").contains("the range 0..2000000 holds more than 1048576 numbers"));
        String many = "[" + "1, ".repeat(200_000) + "2]";
        assertEquals(true, eval("json =~ json", many), "a quadratic containsAll would take minutes");
    }

    @Test
    void regularExpressionsRunInLinearTime() {
        String attack = "a".repeat(100_000) + "!";
        assertEquals(false, eval("matches(msg, '(.*a){30}')", attack));
        assertEquals(false, eval("msg =~ '(a+)+b'", attack));
        assertEquals(true, eval("matches(msg, 'a+!')", attack));
        assertEquals("42", eval("find(msg, '[0-9]+')", "order 42 of 7"));
        assertEquals("7", eval("find(msg, 'of ([0-9]+)', 1)", "order 42 of 7"));
        assertNull(eval("find(msg, 'z')", "abc"));
        assertEquals("b-a", eval("replace(msg, '(a)-(b)', '$2-$1')", "a-b"));
        assertEquals("5$", eval("replace(msg, 'USD', '$$')", "5USD"));
        assertEquals(List.of("a", "b", "", "c"), eval("split(msg, ',')", "a,b,,c,,"));
        assertEquals(true, eval("msg =~ ~/h.*o/", "hello"), "a regex literal is matched the same linear way");
    }

    @Test
    void badOrHugePatternsWrittenInTheExpressionAreRefusedBeforeTheyRun() {
        assertTrue(refusal("matches(msg, '(a')").endsWith("cannot run: '(a' is not a valid regular expression: missing closing )"));
        assertTrue(refusal("matches(msg, '((a{1000}){1000}){1000}')").contains("is too large: about"));
        assertTrue(refusal("msg =~ '[z-a]'").contains("is not a valid regular expression"));
        assertTrue(failure("matches(msg, json.re)", "{\"re\": \"((a{1000}){1000}){1000}\"}").contains("is too large"),
                "a pattern taken from the message is checked when it is used");
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
        assertTrue(Expressions.compile("json == null", "f").test(message("10001 23")));
    }

    @Test
    void anEvaluationPastItsBudgetFailsThatMessageOnlyAndQuickly() {
        String text = "[" + "12345, ".repeat(20_000) + "1]";
        var slow = Expressions.compile("find(msg, '[0-9, ]{1,300}z') == null", "filter of link l1");
        var quick = Expressions.compile("msg.length() > 0", "filter of link l1");
        try (ExpressionBudget budget = ExpressionBudget.open(Duration.ofMillis(50))) {
            long start = System.nanoTime();
            var e = assertThrows(Expressions.ExpressionException.class, () -> slow.test(message(text)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().startsWith("filter of link l1 'find(msg, '[0-9, ]{1,300}z') == null' exceeded its 50 ms"
                    + " budget on message '[12345, "), e.getMessage());
            assertTrue(millis < 5_000, "cancelled after " + millis + " ms, where the whole search takes seconds");
            assertTrue(quick.test(message(text)), "the next evaluation has its own budget");
        }
    }

    @Test
    void aThreadWithoutABudgetEvaluatesToTheEnd() {
        String text = "[" + "12345, ".repeat(2_000) + "1]";
        assertEquals(true, eval("find(msg, '[0-9, ]{1,300}z') == null", text));
    }

    @Test
    void stoppingCancelsTheEvaluationUnderWayAtOnce() throws Exception {
        String text = "[" + "12345, ".repeat(40_000) + "1]";
        var slow = Expressions.compile("find(msg, '[0-9, ]{1,300}z') == null", "filter of link l1");
        var budgetOfThread = new java.util.concurrent.CompletableFuture<ExpressionBudget>();
        var outcome = new java.util.concurrent.CompletableFuture<String>();
        Thread runner = Thread.ofPlatform().start(() -> {
            try (ExpressionBudget budget = ExpressionBudget.open(Duration.ofMillis(1000))) {
                budgetOfThread.complete(budget);
                slow.test(message(text));
                outcome.complete("finished");
            } catch (Expressions.ExpressionException e) {
                outcome.complete(e.getMessage());
            }
        });
        ExpressionBudget budget = budgetOfThread.get();
        awaitCpuTime(runner, 50_000_000L); // the search is under way; the budget alone would end it after a second
        long start = System.nanoTime();
        budget.stop();
        assertEquals("filter of link l1 'find(msg, '[0-9, ]{1,300}z') == null' was stopped with the run",
                outcome.get(10, java.util.concurrent.TimeUnit.SECONDS));
        runner.join();
        assertTrue(System.nanoTime() - start < 900_000_000L, "stopped in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private static void awaitCpuTime(Thread thread, long nanos) throws InterruptedException {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (threads.getThreadCpuTime(thread.threadId()) < nanos && thread.isAlive()) {
            assertTrue(System.nanoTime() < deadline, "the evaluation never got going");
            Thread.sleep(1);
        }
    }
}
