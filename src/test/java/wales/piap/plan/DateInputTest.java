package wales.piap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    static Stream<Arguments> readable() {
        return Stream.of(
                Arguments.of("2025-01-16", "2025-01-16"),
                Arguments.of(" 2025-1-6 ", "2025-01-06"),
                Arguments.of("16/01/2025", "2025-01-16"),
                Arguments.of("1/2/2025", "2025-02-01"),
                Arguments.of("16.01.2025", "2025-01-16"),
                Arguments.of("16-01-2025", "2025-01-16"),
                Arguments.of("16 January 2025", "2025-01-16"),
                Arguments.of("Thursday 16 January 2025", "2025-01-16"),
                Arguments.of("Thursday, 16th Jan 2025", "2025-01-16"),
                Arguments.of("16 Ionawr 2025", "2025-01-16"),
                Arguments.of("Dydd Iau 16 Ionawr 2025", "2025-01-16"),
                Arguments.of("3 Mai 2026", "2026-05-03"),
                Arguments.of("22\u00a0Rhagfyr\u00a02025", "2025-12-22"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("readable")
    void parsesAcceptedForms(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), DateInput.parse(text));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "  ", "2025-02-30", "31/04/2025", "16 Smarch 2025", "tomorrow",
            "2025/01/16", "16 January", "01-2025"})
    void rejectsUnreadableText(String text) {
        assertEquals(Optional.empty(), DateInput.parse(text));
    }

    /** Texts in a date shape that name no real day. */
    static Stream<String> nonexistent() {
        return Stream.of("2026-02-31", "2025-13-01", "0000-00-00", "31/04/2025", "29.02.2025",
                "30 February 2025", "Dydd Llun 31 Mehefin 2025");
    }

    /** Texts in no accepted date shape. */
    static Stream<String> unreadable() {
        return Stream.of("", "soon", "16th of Jan", "2025/01/16", "16 Smarch 2025", "01-2025",
                "20250116");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("nonexistent")
    void nonexistentDateHasDateShape(String text) {
        assertEquals(Optional.empty(), DateInput.parse(text));
        assertTrue(DateInput.hasDateShape(text));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullSource
    @MethodSource("unreadable")
    void unreadableTextHasNoDateShape(String text) {
        assertFalse(DateInput.hasDateShape(text));
    }
}
