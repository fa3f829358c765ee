package dev.zmqstudio.ui.run;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FailureTextTest {

    @Test
    void aBindToAPortInUseNamesThePortAndTheFix() {
        FailureText t = FailureText.of("sink", "cannot bind tcp://127.0.0.1:5558: address already in use"
                + " (another program or node holds this port; stop it or pick a free port)");
        assertEquals("\u2715 Cannot bind: port 5558 is in use", t.headline());
        assertEquals("Fix: stop what holds it, or bind a free port", t.fix());
        assertEquals("\u2715 not connected: :5558 in use", t.onWire());
    }

    @Test
    void anotherBindFailureKeepsItsReason() {
        FailureText t = FailureText.of("pub", "cannot bind tcp://10.9.9.9:6000: address not available on this machine");
        assertEquals("\u2715 Cannot bind 10.9.9.9:6000: address not available on this machine", t.headline());
        assertEquals("", t.fix());
        assertEquals("\u2715 not connected: cannot bind 10.9.9.9:6000", t.onWire());
    }

    @Test
    void anyOtherFailureIsItsTextWithItsHintAsTheFix() {
        FailureText t = FailureText.of("req", "no reply within 5 s (is the server running?)");
        assertEquals("\u2715 No reply within 5 s", t.headline());
        assertEquals("Fix: is the server running?", t.fix());
        assertEquals("\u2715 req failed", t.onWire());
        assertEquals("\u2715 Failed", FailureText.of("x", "").headline());
    }

    @Test
    void aSilentHostIsNamedOnItsNodesWiresWithWhereToLook() {
        FailureText t = FailureText.of("collector", "host h3 stopped reporting");
        assertEquals("\u2715 Host h3 stopped reporting", t.headline());
        assertEquals("Fix: check that host h3 is up and reaches this computer", t.fix());
        assertEquals("\u2715 host h3 silent", t.onWire());
    }
}
