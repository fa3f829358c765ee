package dev.zmqstudio.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench --devices: each case moves messages through the device and directly, and measures both rates. */
@Timeout(120)
class DeviceTrialTest {

    @ParameterizedTest
    @EnumSource(DeviceTrial.Kind.class)
    void throughTheDeviceAndDirectlyMessagesFlowAndARateIsMeasured(DeviceTrial.Kind kind) throws Exception {
        for (String transport : new String[] {"inproc", "tcp"}) {
            int messages = kind == DeviceTrial.Kind.QUEUE ? 800 : 20_000;
            double viaDevice = DeviceTrial.run(kind, transport, true, messages);
            double direct = DeviceTrial.run(kind, transport, false, messages);
            assertTrue(viaDevice > 0 && Double.isFinite(viaDevice), kind + " " + transport + " via the device: " + viaDevice);
            assertTrue(direct > 0 && Double.isFinite(direct), kind + " " + transport + " direct: " + direct);
        }
    }
}
