package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Validator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file in topologies/ loads, validates without errors, is named after itself and is listed in README.md. */
class ShippedExamplesCatalogTest {

    /** The classic systems DESIGN.md and issue #6 promise, one click away. */
    private static final List<String> PROMISED = List.of("push-pull.json", "pair.json", "req-rep.json",
            "pubsub-weather.json", "pipeline.json", "queue-device.json", "forwarder-device.json",
            "streamer-device.json", "ventilator-workers-sink.json", "invoice-filter.json",
            "pubsub-centralized-vs-direct.json", "slow-subscriber.json", "pubsub-envelope.json", "pub-logger.json", "invoice-broker.json");

    private static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(CliHarness.example(""))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String readme() throws IOException {
        return Files.readString(CliHarness.example("").toAbsolutePath().getParent().resolve("README.md"));
    }

    @Test
    void everyPromisedExampleIsShipped() throws IOException {
        List<String> names = shipped().stream().map(f -> f.getFileName().toString()).toList();
        assertTrue(names.containsAll(PROMISED), "missing: " + PROMISED.stream().filter(p -> !names.contains(p)).toList());
    }

    @Test
    void everyShippedFileValidatesWithoutErrorsAndIsNamedAfterItsFile() throws Exception {
        for (Path file : shipped()) {
            Topology topology = TopologyFiles.load(file);
            List<Problem> errors = Validator.validate(topology).stream().filter(Problem::isError).toList();
            assertEquals(List.of(), errors, file.toString());
            assertEquals(file.getFileName().toString().replace(".json", ""), topology.name(), "name of " + file);
            assertTrue(!topology.description().isBlank(), file + " has a description");
            assertTrue(topology.nodes().stream().allMatch(n -> n.position().x() > 0 && n.position().y() > 0
                    && n.position().x() <= 1600 - 140 && n.position().y() <= 1000 - 70), file + " lays its nodes out on the canvas");
        }
    }

    @Test
    void everyShippedFileIsListedInTheReadmesExampleTable() throws IOException {
        String readme = readme();
        for (Path file : shipped()) {
            String row = "| `" + file.getFileName() + "` |";
            assertTrue(readme.contains(row), "README.md lists " + file.getFileName() + " as a row starting " + row);
        }
    }
}
