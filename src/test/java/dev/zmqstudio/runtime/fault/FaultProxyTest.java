package dev.zmqstudio.runtime.fault;

import dev.zmqstudio.model.WireFaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proxy on plain sockets: delayed bytes survive a clean close; a cut refuses connects and keeps the port. */
@Timeout(60)
class FaultProxyTest {

    private static ServerSocket binder() throws IOException {
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return s;
    }

    private static FaultProxy proxy(ServerSocket binder, WireFaults faults) throws IOException {
        return new FaultProxy("test", faults, () -> (InetSocketAddress) binder.getLocalSocketAddress(), local -> { });
    }

    @Test
    void bytesStillDelayedWhenTheSenderClosesAreDeliveredInOrder() throws Exception {
        try (ServerSocket binder = binder(); FaultProxy proxy = proxy(binder, WireFaults.NONE.withLatency(200, 0))) {
            long sent;
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
                client.getOutputStream().write("first ".getBytes(StandardCharsets.UTF_8));
                client.getOutputStream().write("second".getBytes(StandardCharsets.UTF_8));
                sent = System.nanoTime();
            }
            try (Socket server = binder.accept()) {
                InputStream in = server.getInputStream();
                assertEquals("first second", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "everything, then the end of the stream");
                assertTrue(System.nanoTime() - sent >= 190_000_000L, "after the latency");
            }
        }
    }

    @Test
    void aCutRefusesConnectsKeepsItsPortAndAHealListensThereAgain() throws Exception {
        try (ServerSocket binder = binder(); FaultProxy proxy = proxy(binder, WireFaults.NONE)) {
            assertTrue(proxy.apply(WireFaults.NONE.withCut(true)));
            assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), proxy.port()).close());
            assertThrows(IOException.class, () -> {
                try (ServerSocket thief = new ServerSocket()) {
                    thief.setReuseAddress(false); // as a socket that asks the system for any free port binds
                    thief.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), proxy.port()));
                }
            }, "no other socket may take a cut wire's port");
            assertTrue(proxy.apply(WireFaults.NONE), "healed");
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
                 Socket server = binder.accept()) {
                client.getOutputStream().write(42);
                assertEquals(42, server.getInputStream().read());
            }
        }
    }

    @Test
    void aFileCanStartAWireCut() throws Exception {
        try (ServerSocket binder = binder(); FaultProxy proxy = proxy(binder, WireFaults.NONE.withCut(true))) {
            assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), proxy.port()).close());
            assertTrue(proxy.apply(WireFaults.NONE));
            new Socket(InetAddress.getLoopbackAddress(), proxy.port()).close();
        }
    }
}
