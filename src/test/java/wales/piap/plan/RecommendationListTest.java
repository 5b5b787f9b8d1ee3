package wales.piap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecommendationListTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("R1. Improve attendance.", "Improve attendance."),
                Arguments.of("R1 Improve attendance.", "Improve attendance."),
                Arguments.of("r2: Improve attendance.", "Improve attendance."),
                Arguments.of("R3) Improve attendance.", "Improve attendance."),
                Arguments.of("R4.Improve attendance.", "Improve attendance."),
                Arguments.of("1) Improve attendance.", "Improve attendance."),
                Arguments.of("1. Improve attendance.", "Improve attendance."),
                Arguments.of("12. Improve attendance.", "Improve attendance."),
                Arguments.of("(1) Improve attendance.", "Improve attendance."),
                Arguments.of("(a) Improve attendance.", "Improve attendance."),
                Arguments.of("a) Improve attendance.", "Improve attendance."),
                Arguments.of("b. Improve attendance.", "Improve attendance."),
                Arguments.of("(iv) Improve attendance.", "Improve attendance."),
                Arguments.of("ii) Improve attendance.", "Improve attendance."),
                Arguments.of("\u2022 Improve attendance.", "Improve attendance."),
                Arguments.of("\u2022Improve attendance.", "Improve attendance."),
                Arguments.of("- Improve attendance.", "Improve attendance."),
                Arguments.of("* Improve attendance.", "Improve attendance."),
                Arguments.of("\u2013 Improve attendance.", "Improve attendance."),
                Arguments.of("  \u2022  R1.  Improve attendance.  ", "Improve attendance."),
                Arguments.of("Recommendation 2: Improve attendance.", "Improve attendance."),
                Arguments.of("Argymhelliad 3 - Gwella presenoldeb.", "Gwella presenoldeb."),
                Arguments.of("\u00a0R1\u00a0Improve attendance.\u00a0", "Improve attendance."),
                Arguments.of("1 in 5 pupils attend less than 90% of sessions.",
                        "1 in 5 pupils attend less than 90% of sessions."),
                Arguments.of("10% of pupils are persistently absent.",
                        "10% of pupils are persistently absent."),
                Arguments.of("1.5 hours of reading a week for every pupil.",
                        "1.5 hours of reading a week for every pupil."),
                Arguments.of("-5% change in attendance", "-5% change in attendance"),
                Arguments.of("Improve pupils' writing and mathematical skills.",
                        "Improve pupils' writing and mathematical skills."),
                Arguments.of("Raise standards in KS2 and KS3 (R1 in 2013).",
                        "Raise standards in KS2 and KS3 (R1 in 2013)."),
                Arguments.of("I am told: improve safeguarding.",
                        "I am told: improve safeguarding."),
                Arguments.of("A strategic vision for the PRU.", "A strategic vision for the PRU."),
                Arguments.of("- 1 in 5 pupils", "1 in 5 pupils"),
                Arguments.of("A1. Cryfhau arweinyddiaeth.", "Cryfhau arweinyddiaeth."),
                Arguments.of("A1 Cryfhau arweinyddiaeth.", "Cryfhau arweinyddiaeth."),
                Arguments.of("A2: Cryfhau arweinyddiaeth.", "Cryfhau arweinyddiaeth."),
                Arguments.of("\u2022 A3. Gwella presenoldeb.", "Gwella presenoldeb."),
                Arguments.of("7 - Improve attendance.", "Improve attendance."),
                Arguments.of("7 \u2013 Improve attendance.", "Improve attendance."),
                Arguments.of("8\tImprove attendance.", "Improve attendance."),
                Arguments.of("5 - 10 pupils leave each term.", "5 - 10 pupils leave each term."),
                Arguments.of("1 in 5 pupils attend less than 90%.",
                        "1 in 5 pupils attend less than 90%."),
                Arguments.of("A strategy for attendance.", "A strategy for attendance."));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("lines")
    void stripsNumberingAndKeepsWording(String line, String expected) {
        assertEquals(expected, RecommendationList.stripMarkers(line));
    }

    /** Pastes and the recommendations they give, also run through the wizard script. */
    static Stream<Arguments> pastes() {
        return Stream.of(
                Arguments.of("R1. Improve the quality of teaching to ensure that pupils\n"
                        + "receive effective feedback.\nR2. Improve attendance.",
                        List.of("Improve the quality of teaching to ensure that pupils receive "
                                + "effective feedback.", "Improve attendance.")),
                Arguments.of("Strengthen leadership and\r\n  governance\r\nand self-evaluation.",
                        List.of("Strengthen leadership and governance and self-evaluation.")),
                Arguments.of("Gwella presenoldeb\n\u0175yr a wyresau\n\u0177d y disgyblion",
                        List.of("Gwella presenoldeb \u0175yr a wyresau \u0177d y disgyblion")),
                Arguments.of("1. Improve attendance\n2. ensure that pupils attend",
                        List.of("Improve attendance", "ensure that pupils attend")),
                Arguments.of("Improve attendance\n\u2022 of pupils eligible for free meals",
                        List.of("Improve attendance", "of pupils eligible for free meals")),
                Arguments.of("Improve attendance\nR2\nensure that pupils attend",
                        List.of("Improve attendance", "ensure that pupils attend")),
                Arguments.of("improve attendance\nImprove writing",
                        List.of("improve attendance", "Improve writing")),
                Arguments.of("Improve writing\n\nof boys in key stage 2",
                        List.of("Improve writing of boys in key stage 2")),
                Arguments.of("Improve reading for\nKey Stage 3 pupils",
                        List.of("Improve reading for", "Key Stage 3 pupils")),
                Arguments.of("Improve attendance.\nImprove attendance.\n Improve attendance. ",
                        List.of("Improve attendance.", "Improve attendance.",
                                "Improve attendance.")),
                Arguments.of("Cryfhau\u00a0\n\u00a0arweinyddiaeth  a llywodraethu",
                        List.of("Cryfhau arweinyddiaeth  a llywodraethu")),
                Arguments.of("Sicrhau\n\u00e9lan", List.of("Sicrhau \u00e9lan")),
                Arguments.of("Ensure that\n10% more pupils", List.of("Ensure that",
                        "10% more pupils")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("pastes")
    void cleanJoinsWrappedLines(String pasted, List<String> expected) {
        assertEquals(expected, RecommendationList.clean(pasted));
    }

    @Test
    void cleanDropsBlankAndMarkerOnlyLines() {
        String pasted = "\r\n  R1. Strengthen safeguarding procedures.\r\n\r\n"
                + "   \t\n\u2022\nR2\n2) Ensure that teaching enables all pupils to make the "
                + "progress they could and should.\r3. Improve attendance.";

        List<String> cleaned = RecommendationList.clean(pasted);

        assertEquals(List.of("Strengthen safeguarding procedures.",
                "Ensure that teaching enables all pupils to make the progress they could and "
                        + "should.",
                "Improve attendance."), cleaned);
    }

    @Test
    void cleanKeepsInnerSpacingAndPunctuation() {
        List<String> cleaned = RecommendationList.clean(
                "1. Improve  attendance \u2013 in particular of eFSM pupils & ALN pupils.");

        assertEquals(List.of("Improve  attendance \u2013 in particular of eFSM pupils & ALN "
                + "pupils."), cleaned);
    }

    @Test
    void cleanReturnsEmptyListForNullOrBlank() {
        assertEquals(List.of(), RecommendationList.clean(null));
        assertEquals(List.of(), RecommendationList.clean(" \n\t\n "));
    }
}
