package dev.zmqstudio.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one mapping of ids to legal names, and the exported diagrams' colours being the designer's. */
class NamesAndColoursTest {
    @Test
    void idsBecomeLegalNamesWithASuffixOnCollisionsInTopologyOrder() {
        Names names = new Names(List.of("consumer-1-in", "a-b", "a.b", "a b", "9lives", "end", "ok_1"), Set.of("end"));
        assertEquals("consumer_1_in", names.of("consumer-1-in"));
        assertEquals("a_b", names.of("a-b"));
        assertEquals("a_b_2", names.of("a.b"));
        assertEquals("a_b_3", names.of("a b"));
        assertEquals("n_9lives", names.of("9lives"));
        assertEquals("n_end", names.of("end"), "a reserved word of the language");
        assertEquals("ok_1", names.of("ok_1"));
    }

    @Test
    void theDiagramsUseTheDesignersFamilyColours() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/dev/zmqstudio/ui/designer.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String light = css.substring(0, css.indexOf("\n.root:dark {"));
        for (DiagramColours c : DiagramColours.values()) {
            Matcher m = Pattern.compile("-zs-" + c.name().toLowerCase(java.util.Locale.ROOT) + ": (#[0-9a-f]{6});").matcher(light);
            assertEquals(true, m.find(), c + " in designer.css");
            assertEquals(m.group(1), c.stroke, c + ": the designer's colour");
        }
        Matcher link = Pattern.compile("-zs-link: (#[0-9a-f]{6});").matcher(light);
        assertEquals(true, link.find());
        assertEquals(link.group(1), DiagramColours.LINK);
    }
}
