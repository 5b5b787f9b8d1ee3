package wales.piap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\u00a0", "-", "\u2013", "?", "...", "TBC", "tbc.",
        "TBA", "N/A", "n/a.", "None", "I\u2019w gadarnhau", "Amh."})
    void standInIsMissing(String text) {
        assertTrue(TextRules.isMissing(text(text)), text);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"N/A - no cost beyond staff time", "TBC by the LA in March",
        "Headteacher", "0"})
    void textWithContentIsPresent(String text) {
        assertFalse(TextRules.isMissing(text(text)), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Attendance rises to 92% | NUMBER",
        "12 audit actions closed | NUMBER",
        "Attendance rises by five percentage points | NUMBER",
        "Most pupils make good progress | QUANTIFIER_ONLY",
        "Nearly all staff trained by July 2026 | QUANTIFIER_ONLY",
        "Y rhan fwyaf o ddisgyblion | QUANTIFIER_ONLY",
        "Teaching improves in Year 6 by 14/03/2026 | NONE",
        "Better leadership (R1.2) from March 2026 | NONE"})
    void judgesTarget(String text, TextRules.Target expected) {
        assertEquals(expected, TextRules.target(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Governors, termly, through the headteacher's report | true | true | true",
        "Checked regularly | false | false | true",
        "The chair of governors | true | false | false",
        "Y pennaeth, bob hanner tymor, drwy deithiau dysgu | true | true | true"})
    void findsWhoWhenHow(String text, boolean who, boolean when, boolean how) {
        CellContent monitoring = text(text);

        assertEquals(who, TextRules.namesWho(monitoring), "who");
        assertEquals(when, TextRules.namesWhen(monitoring), "when");
        assertEquals(how, TextRules.namesHow(monitoring), "how");
    }

    /** School roles that name who monitors, in English and Welsh. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Pastoral lead", "Head of Year 9", "SENCo", "ALNCo", "ALN coordinator",
        "Attendance officer", "Deputy head", "Business manager", "Clerk to the governors",
        "Chair of governors", "Management committee", "Y pennaeth", "Dirprwy bennaeth",
        "Cydlynydd ADY", "Y llywodraethwyr", "Pwyllgor rheoli", "Y rheolwr busnes"})
    void namesSchoolRolesAsWho(String role) {
        assertTrue(TextRules.namesWho(text(role + ", termly, through a report")), role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Termly, through a report", "Regular data review"})
    void noRoleIsNoWho(String text) {
        assertFalse(TextRules.namesWho(text(text)), text);
    }

    private static CellContent text(String text) {
        return new CellContent(text.strip(), List.of(), List.of(), List.of());
    }
}
