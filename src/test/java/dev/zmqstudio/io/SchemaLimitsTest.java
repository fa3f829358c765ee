package dev.zmqstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.model.Ids;
import dev.zmqstudio.model.Limits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published schema states the validator's id rule and number limits, so editors flag what validation refuses. */
class SchemaLimitsTest {
    private static JsonNode defs;

    @BeforeAll
    static void readSchema() throws Exception {
        try (InputStream in = TopologyFiles.class.getResourceAsStream("topology.schema.json")) {
            defs = new ObjectMapper().readTree(in).path("$defs");
        }
    }

    @Test
    void everyIdAndEveryReferenceToOneUsesTheIdRule() {
        assertEquals("^" + Ids.PATTERN + "$", defs.path("id").path("pattern").asText());
        for (String owner : List.of("socketNode", "deviceNode", "wire", "link")) {
            assertEquals("#/$defs/id", defs.path(owner).path("properties").path("id").path("$ref").asText(), owner);
        }
        for (String owner : List.of("wire", "link")) {
            for (String end : List.of("from", "to")) {
                assertEquals("#/$defs/id", defs.path(owner).path("properties").path(end).path("$ref").asText(), owner + "." + end);
            }
        }
    }

    @Test
    void numbersHaveTheValidatorsBounds() {
        for (String kind : List.of("generator", "requester")) {
            assertRange(defs.path(kind).path("properties").path("rate"), Limits.RATE, kind + ".rate");
            assertEquals(Limits.RATE.least(), defs.path(kind).path("properties").path("rate").path("not").path("exclusiveMaximum").asDouble());
            assertRange(defs.path(kind).path("properties").path("count"), Limits.COUNT, kind + ".count");
        }
        assertRange(defs.path("sink").path("properties").path("workMillis"), Limits.WORK_MILLIS, "workMillis");
        assertRange(defs.path("options").path("properties").path("sendHwm"), Limits.HWM, "sendHwm");
        assertRange(defs.path("options").path("properties").path("receiveHwm"), Limits.HWM, "receiveHwm");
        assertRange(defs.path("layout").path("properties").path("x"), Limits.COORDINATE, "x");
        assertRange(defs.path("layout").path("properties").path("y"), Limits.COORDINATE, "y");
    }

    private static void assertRange(JsonNode property, Limits.Range range, String what) {
        assertEquals(range.min(), property.path("minimum").asDouble(), what + " minimum");
        assertEquals(range.max(), property.path("maximum").asDouble(), what + " maximum");
    }
}
