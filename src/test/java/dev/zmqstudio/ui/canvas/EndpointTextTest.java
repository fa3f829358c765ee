package dev.zmqstudio.ui.canvas;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EndpointTextTest {
    @Test
    void localTcpEndpointsLoseWhatTheyAllRepeatOthersKeepTheirHost() {
        assertEquals(":5557", EndpointText.brief("tcp://127.0.0.1:5557"));
        assertEquals(":5557", EndpointText.brief("tcp://localhost:5557"));
        assertEquals("*:5557", EndpointText.brief("tcp://*:5557"));
        assertEquals("10.0.0.7:5557", EndpointText.brief("tcp://10.0.0.7:5557"));
        assertEquals("inproc://jobs", EndpointText.brief("inproc://jobs"));
        assertEquals("ipc:///tmp/feed", EndpointText.brief("ipc:///tmp/feed"));
    }
}
