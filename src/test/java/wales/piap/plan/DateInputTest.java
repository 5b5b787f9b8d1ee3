package wales.piap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
