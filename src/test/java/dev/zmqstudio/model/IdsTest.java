package dev.zmqstudio.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one id rule: what it accepts, why it refuses the rest, and what it suggests instead. */
class IdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "pusher", "server-5556", "worker_1.out", "Z9", "--unit", "..", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void acceptsLettersDigitsDotUnderscoreAndDashUpTo64(String id) {
        assertTrue(Ids.isValid(id), id);
        assertEquals(Optional.empty(), Ids.whyInvalid(id));
        assertTrue(id.matches(Ids.PATTERN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|is empty",
            "a,b|has a comma at character 2",
            "my node|has a space at character 3",
            "a/b|has '/' at character 2",
            "püller|has 'ü' (U+00FC) at character 2",
            "ab\u202Ec|has the invisible character \\u202E at character 3",
            "\uD83D\uDE00x|has '\uD83D\uDE00' (U+1F600) at character 1"})
    void saysWhyAnIdIsRefused(String id, String why) {
        assertFalse(Ids.isValid(id));
        assertEquals(Optional.of(why), Ids.whyInvalid(id));
    }

    @org.junit.jupiter.api.Test
    void aLineBreakIsAnInvisibleCharacterAndNulIsNamed() {
        assertEquals(Optional.of("has the invisible character \\u000A at character 2"), Ids.whyInvalid("a\nb"));
        assertEquals(Optional.of("has a NUL character at character 2"), Ids.whyInvalid("a\u0000"));
        assertFalse(Ids.isValid("a\u0000"));
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 1000})
    void refusesMoreThan64Characters(int length) {
        assertEquals(Optional.of("is " + length + " characters long (at most 64)"), Ids.whyInvalid("n".repeat(length)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a,b|a-b", "my  node|my-node", ",,|node", "''|node", "püller|p-ller"})
    void suggestsAValidIdCloseToTheRefusedOne(String wanted, String suggested) {
        assertEquals(suggested, Ids.suggest(wanted));
        assertTrue(Ids.isValid(Ids.suggest(wanted)));
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 300})
    void aSuggestionIsNeverTooLong(int length) {
        assertEquals(64, Ids.suggest("y".repeat(length)).length());
    }
}
