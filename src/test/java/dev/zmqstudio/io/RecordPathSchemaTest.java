package dev.zmqstudio.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.model.OutputPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The schema's pattern for {@code record} says what the validator says, so editors flag the same paths. */
class RecordPathSchemaTest {

    private static Pattern recordPattern() throws Exception {
        try (InputStream in = TopologyFiles.class.getResourceAsStream("topology.schema.json")) {
            String regex = new ObjectMapper().readTree(in).path("$defs").path("sink").path("properties")
                    .path("record").path("pattern").asText();
            return Pattern.compile(regex);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.csv", "runs/2024/latency.csv", ".hidden.csv", "a..b.csv", "名前.csv", "‥/x.csv",
            "/x.csv", "C:/x.csv", "~/.bashrc", "~root/x", "../x", "a/../b", "a/./b", ".", "..", "a//b", "runs/",
            "a\\b", "a\u0000b", "a\u001bb", "a\u0085b", "x:y", "a/b*c", "a/..", ""})
    void thePatternAcceptsExactlyWhatTheValidatorAccepts(String path) throws Exception {
        assertEquals(OutputPath.check(path).isEmpty(), recordPattern().matcher(path).find(), path);
    }
}
