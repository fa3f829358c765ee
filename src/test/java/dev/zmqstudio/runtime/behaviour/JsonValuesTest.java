package dev.zmqstudio.runtime.behaviour;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonValuesTest {
    private static final ObjectMapper BINDER = new ObjectMapper();

    /** Expressions saw the data binder's values before; they see the same ones now, of the same types. */
    @Test
    void theSameValuesAsTheDataBinderGave() throws IOException {
        List<String> payloads = List.of(
                "{\"num\": 42}",
                "{\"a\": 1, \"b\": 3000000000, \"c\": 123456789012345678901234567890, \"d\": -0.5, \"e\": 1e3}",
                "{\"s\": \"caf\\u00e9 \\\"q\\\"\", \"t\": true, \"f\": false, \"n\": null}",
                "{\"nested\": {\"list\": [1, [2, {\"x\": []}], {}], \"empty\": {}}}",
                "{\"k\": 1, \"k\": 2}",
                "[1, \"two\", 3.0, null]",
                "{\"a\": 1} and then some text",
                "\"just a string\"",
                "7");
        for (String p : payloads) {
            Object expected = BINDER.readValue(p, Object.class);
            assertEquals(expected, JsonValues.read(p), p);
            assertEquals(String.valueOf(expected), String.valueOf(JsonValues.read(p)), p + " (in the same order)");
        }
    }

    @Test
    void brokenJsonIsAnError() {
        for (String p : List.of("{", "{\"a\": ", "[1, 2", "", "{\"a\" 1}")) {
            assertThrows(IOException.class, () -> JsonValues.read(p), p);
        }
    }
}
