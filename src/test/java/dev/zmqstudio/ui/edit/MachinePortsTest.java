package dev.zmqstudio.ui.edit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real probe, against ports this test holds itself (ephemeral ones, never the examples' classic ports). */
@Timeout(10)
class MachinePortsTest {

    private final PortProbe machine = PortProbe.machine();

    @Test
    void aPortAnotherProgramListensOnIsTakenForTheLoopbackAndForEveryInterface() throws Exception {
        int port;
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = other.getLocalPort();
            assertFalse(machine.isFree("127.0.0.1", port));
            assertFalse(machine.isFree("localhost", port));
            assertFalse(machine.isFree("*", port), "a bind on every interface needs the loopback's port too");
        }
        assertTrue(machine.isFree("127.0.0.1", port), "free again once the other program let go");
    }

    @Test
    void aPortHeldOnEveryInterfaceIsTakenForTheLoopback() throws Exception {
        try (ServerSocket other = new ServerSocket(0)) {
            assertFalse(machine.isFree("127.0.0.1", other.getLocalPort()));
        }
    }

    @Test
    void anAddressThatIsNotThisMachinesIsNotReportedAsAPortInUse() throws Exception {
        // 192.0.2.1 is reserved for documentation (RFC 5737): no machine has it. Binding there fails, but not
        // because of the port, and the run reports that itself.
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertTrue(machine.isFree("192.0.2.1", other.getLocalPort()));
        }
    }
}
