package dev.zmqstudio.runtime.logging;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The level a line is published at, and the level of a line read from a program's PUBHandler. */
class LogLevelTest {

    @Test
    void aLinesPrefixIsItsLevelAndAPlainLineIsInfo() {
        assertEquals(LogLevel.INFO, LogLevel.of("Sent: Message 3"));
        assertEquals(LogLevel.ERROR, LogLevel.of("error: cannot bind tcp://127.0.0.1:1"));
        assertEquals(LogLevel.WARNING, LogLevel.of("warning: generators started after waiting 5 s"));
        assertEquals(LogLevel.WARNING, LogLevel.of("stderr: Traceback (most recent call last):"));
        assertEquals(LogLevel.WARNING, LogLevel.of("note: the diagram was edited while running"));
        assertEquals(LogLevel.DEBUG, LogLevel.of("debug: polled 3 sockets"));
        assertEquals(LogLevel.CRITICAL, LogLevel.of("critical: disk full"));
    }

    @Test
    void thePublishedTextLeavesTheLevelPrefixToTheTopic() {
        assertEquals("slow job 4", LogLevel.WARNING.text("warning: slow job 4"));
        assertEquals("stderr: oops", LogLevel.WARNING.text("stderr: oops"), "stderr is where it came from, kept");
        assertEquals("error: x", LogLevel.ERROR.line("x"));
        assertEquals("x", LogLevel.INFO.line("x"));
    }

    @Test
    void pythonLevelNamesAreFoundInAnyCase() {
        assertEquals(Optional.of(LogLevel.WARNING), LogLevel.find("warn"));
        assertEquals(Optional.of(LogLevel.WARNING), LogLevel.find("WARNING"));
        assertEquals(Optional.of(LogLevel.CRITICAL), LogLevel.find("FATAL"));
        assertEquals(Optional.empty(), LogLevel.find("billing"));
    }

    @Test
    void aPubHandlerTopicNamesItsLevelWithOrWithoutRootAndSubtopic() {
        assertEquals(LogLevel.ERROR, ExternalLogReader.levelOf("billing.ERROR.payments"));
        assertEquals(LogLevel.WARNING, ExternalLogReader.levelOf("WARNING.payments"));
        assertEquals(LogLevel.DEBUG, ExternalLogReader.levelOf("DEBUG"));
        assertEquals(LogLevel.INFO, ExternalLogReader.levelOf("billing"), "no level named: INFO");
    }
}
