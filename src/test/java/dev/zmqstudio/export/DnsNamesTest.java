package dev.zmqstudio.export;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one mapping of our ids and host names to Compose and Kubernetes names: DNS labels, numbered on collisions. */
class DnsNamesTest {
    @Test
    void idsBecomeLowercaseLabelsThatStartWithALetter() {
        DnsNames names = new DnsNames();
        assertEquals("h1", names.claim("h1"));
        assertEquals("worker-1", names.claim("Worker_1"));
        assertEquals("a-b-c", names.claim("--a..b__c--"));
        assertEquals("n-10-0-0-1", names.claim("10.0.0.1"), "a label for a Service starts with a letter");
        assertEquals("n", names.claim("___"), "nothing legal left");
        assertEquals("on", names.claim("on"), "a YAML word is a name like any other (the writer quotes it)");
    }

    @Test
    void namesTakenAlreadyGetANumberInTheOrderAsked() {
        DnsNames names = new DnsNames();
        assertEquals(List.of("worker-1", "worker-1-2", "worker-1-3", "worker-1-2-2"),
                List.of(names.claim("worker-1"), names.claim("Worker_1"), names.claim("worker.1"), names.claim("worker-1-2")));
    }

    @Test
    void longNamesAreCutTo63CharactersNumberIncluded() {
        String id = "a".repeat(40) + "-" + "b".repeat(23); // 64 characters, the longest id
        DnsNames names = new DnsNames();
        String first = names.claim(id);
        String second = names.claim(id + "x");
        assertEquals(63, first.length());
        assertEquals(("a".repeat(40) + "-" + "b".repeat(22)), first);
        assertEquals("a".repeat(40) + "-" + "b".repeat(20) + "-2", second);
        assertTrue(DnsNames.isLabel(first) && DnsNames.isLabel(second));
        assertEquals("a".repeat(40) + "-" + "b".repeat(13) + "-topology", new DnsNames().claim(id, "-topology"),
                "our suffix is kept whole");
    }

    @Test
    void aCutNeverLeavesADashAtTheEnd() {
        String id = "x".repeat(62) + "-y";
        assertEquals("x".repeat(62), new DnsNames().claim(id));
        DnsNames names = new DnsNames();
        names.claim("x".repeat(60) + "-abc");
        assertEquals("x".repeat(60) + "-2", names.claim("x".repeat(60) + "-abd"), "cut to 61, then its '-' dropped");
    }

    @Test
    void everyNameIsALabel() {
        DnsNames names = new DnsNames();
        for (String id : List.of("A", "z9", "9", "-", "a-", "é", "Ünïcode", "x".repeat(200), "a.b.c", "MAIN")) {
            String name = names.claim(id);
            assertTrue(DnsNames.isLabel(name), id + " -> " + name);
        }
    }
}
