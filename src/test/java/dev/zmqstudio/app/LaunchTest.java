package dev.zmqstudio.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the first arguments start, decided before JavaFX or the CLI starts. */
class LaunchTest {
    private static final Function<List<String>, Optional<String>> ANY_USAGE = args -> Optional.empty();

    private static Launch decide(boolean display, String... args) {
        return Launch.decide(List.of(args), "present.json"::equals, ANY_USAGE, display);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "bench", "node", "help", "--help", "-h", "--version", "-V"})
    void headlessCommandsNeedNoDisplay(String command) {
        assertInstanceOf(Launch.Headless.class, decide(false, command, "x"));
    }

    @Test
    void exportingAPictureDrawsWithJavaFxAndNeedsNoDisplay() {
        assertInstanceOf(Launch.Pictures.class, decide(false, "export", "x.json", "--to", "svg", "-o", "out"));
        assertInstanceOf(Launch.Pictures.class, decide(false, "export", "x.json", "-o", "out", "--to=PDF"));
        assertInstanceOf(Launch.Headless.class, decide(false, "export", "x.json", "--to", "dot", "-o", "out"));
        assertInstanceOf(Launch.Headless.class, decide(false, "export", "run.zsrec", "--to", "csv", "-o", "svg"));
    }

    @Test
    void aMistypedCommandIsRefusedWithOneLineAndNeverOpensTheDesigner() {
        assertEquals(new Launch.Refused("error: 'frob' is not a command or a file; try --help"), decide(true, "frob"));
        assertEquals(new Launch.Refused("error: 'missing.json' is not a command or a file; try --help"), decide(true, "missing.json"));
        assertEquals(new Launch.Refused("error: '--hepl' is not a command or a file; try --help"), decide(false, "--hepl"));
        assertEquals(new Launch.Refused("error: 'a\\u202Eb' is not a command or a file; try --help"), decide(true, "a\u202Eb"));
    }

    @Test
    void theDesignerOpensWithNoArgumentAFileOrItsOptionsWhenThereIsADisplay() {
        assertInstanceOf(Launch.Designer.class, decide(true));
        assertInstanceOf(Launch.Designer.class, decide(true, "present.json"));
        assertInstanceOf(Launch.Designer.class, decide(true, "present.json", "--screenshot", "out.png"));
        assertInstanceOf(Launch.Designer.class, decide(true, "--run"));
        assertInstanceOf(Launch.Designer.class, decide(true, "--theme", "dark"));
        assertInstanceOf(Launch.UiBench.class, decide(true, "bench-ui"));
    }

    @Test
    void withoutADisplayEveryWindowIsRefusedWithOneLine() {
        for (String[] args : List.of(new String[0], new String[] {"present.json"}, new String[] {"present.json", "--screenshot", "o.png"})) {
            Launch launch = decide(false, args);
            assertTrue(launch instanceof Launch.Refused(String message) && message.startsWith("error: the designer needs a display")
                    && !message.contains("\n"), launch.toString());
        }
        Launch bench = decide(false, "bench-ui");
        assertTrue(bench instanceof Launch.Refused(String message) && message.startsWith("error: bench-ui needs a display"), bench.toString());
    }

    @Test
    void theDesignersOwnUsageErrorComesBeforeTheDisplay() {
        Launch launch = Launch.decide(List.of("present.json", "--frob"), "present.json"::equals,
                args -> Optional.of("unknown option --frob"), false);
        assertEquals(new Launch.Refused("error: unknown option --frob"), launch);
    }

    @Test
    void aDisplayIsThereOnWindowsAndMacOsWithXOrWaylandOrAHeadlessGlassPlatform() {
        assertTrue(Launch.hasDisplay("Windows 11", Map.of(), null));
        assertTrue(Launch.hasDisplay("Mac OS X", Map.of(), null));
        assertFalse(Launch.hasDisplay("Linux", Map.of(), null));
        assertFalse(Launch.hasDisplay("Linux", Map.of("DISPLAY", ""), null));
        assertTrue(Launch.hasDisplay("Linux", Map.of("DISPLAY", ":0"), null));
        assertTrue(Launch.hasDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null));
        assertTrue(Launch.hasDisplay("FreeBSD", Map.of("DISPLAY", ":1"), null));
        assertTrue(Launch.hasDisplay("Linux", Map.of(), "Headless"));
    }
}
