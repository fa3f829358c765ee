package dev.zmqstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench --broker: a round publishes and fetches every message, through the broker and plainly, and prints medians. */
@Timeout(120)
class BrokerTrialTest {

    @Test
    void aRoundStoresEveryMessageReadsThemAllBackAndMeasuresBothControls(@TempDir Path dir) throws Exception {
        double publish = BrokerTrial.publish(dir, 500);
        double fetch = BrokerTrial.fetch(dir, 500, "reader"); // returns only once the consumer has read all 500
        double again = BrokerTrial.fetch(dir, 500, "another-reader");
        for (double rate : new double[] {publish, fetch, again, BrokerTrial.rawAcks(500), BrokerTrial.rawStream(500)}) {
            assertTrue(rate > 0 && Double.isFinite(rate), "a rate: " + rate);
        }
    }

    @Test
    void theBenchCommandPrintsBothRatios() {
        CliHarness r = CliHarness.run("bench", "--broker", "--rounds", "1", "--broker-messages", "300");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("median: publish\\+ack +[\\d,]+ /s, ratio broker/plain \\d+\\.\\d\\d"
                + " +fetch +[\\d,]+ /s, ratio broker/plain \\d+\\.\\d\\d")), r.out());
    }
}
