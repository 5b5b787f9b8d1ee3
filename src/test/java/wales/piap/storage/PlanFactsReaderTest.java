package wales.piap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import wales.piap.plan.Category;
import wales.piap.plan.FieldError;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.SettingType;
import wales.piap.render.Messages;

class PlanFactsReaderTest {

    private static String details(String rows) {
        return "<p>Intro</p><ac:structured-macro ac:name=\"details\" ac:schema-version=\"1\">"
                + "<ac:rich-text-body><table><tbody>" + rows
                + "</tbody></table></ac:rich-text-body></ac:structured-macro>";
    }

    private static String row(String label, String value) {
        return "<tr><th>" + label + "</th><td><p>" + value + "</p></td></tr>";
    }

    private static String minimalRows() {
        return row("Setting", "Ysgol Enghraifft")
                + row("Setting type", "Maintained school")
                + row("Local authority", "Powys")
                + row("Follow-up category", "Special measures")
                + row("Report published", "<time datetime=\"2025-01-16\" />")
                + row("Plan language", "English");
    }

    @ParameterizedTest
    @EnumSource(PlanLanguage.class)
    void generatedHomeReadsBackToSameFacts(PlanLanguage language) {
        PlanFacts school = PlanExamples.school(PlanExamples.HOSTILE_NAME, language);
        PlanFacts setting = PlanExamples.setting(language);

        for (PlanFacts facts : List.of(school, setting)) {
            PlanFactsReading reading = PlanFactsReader.read(PlanPages.home(facts).body());

            assertEquals(List.of(), reading.problems());
            assertEquals(Optional.of(facts), reading.facts());
        }
    }

    @Test
    void generatedHomeHasDraftingStatus() {
        PlanFactsReading reading = PlanFactsReader.read(PlanPages.home(
                PlanExamples.school("Ysgol", PlanLanguage.BILINGUAL)).body());

        assertEquals(Optional.of("Wrthi'n drafftio / Drafting"), reading.planStatus());
    }

    @Test
    void typedWelshRowsAndValuesAreRead() {
        String storage = details(row("Lleoliad:", "Ysgol Gynradd Enghraifft")
                + row("<strong>Math o leoliad</strong>", "Uned cyfeirio disgyblion")
                + row("Awdurdod lleol", "Bro Morgannwg")
                + row("Categori gweithgarwch dilynol", "Gwelliant sylweddol")
                + row("Dyddiad cyhoeddi&rsquo;r adroddiad", "16&nbsp;Ionawr 2025")
                + row("Iaith y cynllun", "Cymraeg")
                + row("Drafft wedi&#39;i anfon at Estyn", "3 Chwefror 2025"));

        PlanFactsReading reading = PlanFactsReader.read(storage);
        PlanFacts facts = reading.facts().orElseThrow();

        assertEquals("Ysgol Gynradd Enghraifft", facts.settingName());
        assertEquals(SettingType.PUPIL_REFERRAL_UNIT, facts.settingType());
        assertEquals(LocalAuthority.VALE_OF_GLAMORGAN, facts.localAuthority());
        assertEquals(Category.SIGNIFICANT_IMPROVEMENT, facts.category());
        assertEquals(PlanLanguage.CY, facts.language());
        assertEquals(LocalDate.of(2025, 2, 3), facts.draftSentToEstyn());
        assertEquals(List.of(), reading.problems());
    }

    @Test
    void formValuesAndReorderedRowsAreRead() {
        String storage = details(row("Owner", "Head")
                + row("Plan language", "bilingual")
                + row("Report published", "2025-01-16")
                + row("Follow-up category", "special-measures")
                + row("Local authority", "gb-crf")
                + row("Setting type", "maintained-school")
                + row("Setting", "Ysgol")
                + row("One-week half-terms", "half-terms-skipped"));

        PlanFacts facts = PlanFactsReader.read(storage).facts().orElseThrow();

        assertEquals(LocalAuthority.CARDIFF, facts.localAuthority());
        assertEquals(PlanLanguage.BILINGUAL, facts.language());
        assertEquals(HalfTermReading.HALF_TERMS_SKIPPED, facts.halfTermReading());
        assertEquals(LocalDate.of(2025, 1, 16), facts.reportPublished());
    }

    @Test
    void factsNestedInLayoutAreFound() {
        String storage = "<ac:layout><ac:layout-section ac:type=\"two_equal\"><ac:layout-cell>"
                + details(minimalRows())
                + "</ac:layout-cell></ac:layout-section></ac:layout>";

        assertTrue(PlanFactsReader.read(storage).facts().isPresent());
    }

    @Test
    void ourBlockWinsOverOtherDetailsBlocks() {
        String other = details(row("Setting", "Someone else") + row("Owner", "X"));
        String ours = details(minimalRows()).replace("ac:schema-version=\"1\">",
                "ac:schema-version=\"1\"><ac:parameter ac:name=\"id\">piap-plan-facts"
                        + "</ac:parameter>");

        PlanFactsReading reading = PlanFactsReader.read(other + ours);

        assertEquals(Optional.of("Ysgol Enghraifft"), reading.settingName());
    }

    @Test
    void pageWithoutDetailsReportsOneProblem() {
        PlanFactsReading reading = PlanFactsReader.read("<p>Nothing here</p>");

        assertEquals(List.of(FieldError.of("details", "piap.blueprint.reader.no-details")),
                reading.problems());
        assertTrue(reading.facts().isEmpty());
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("Setting type", "Academy", PlanFactLabels.SETTING_TYPE,
                        "unknown-value", List.of("Academy")),
                Arguments.of("Local authority", "Bristol", PlanFactLabels.LOCAL_AUTHORITY,
                        "unknown-value", List.of("Bristol")),
                Arguments.of("Report published", "<time datetime=\"2025-13-01\" />",
                        PlanFactLabels.REPORT_PUBLISHED, "invalid-date", List.of("2025-13-01")),
                Arguments.of("Report published", "next Tuesday",
                        PlanFactLabels.REPORT_PUBLISHED, "invalid-date", List.of("next Tuesday")),
                Arguments.of("Report published", "<ac:placeholder>Enter</ac:placeholder>",
                        PlanFactLabels.REPORT_PUBLISHED, "missing", List.of()),
                Arguments.of("Setting", "&nbsp;", PlanFactLabels.SETTING, "missing", List.of()),
                Arguments.of("Plan language", "French", PlanFactLabels.LANGUAGE,
                        "unknown-value", List.of("French")));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @MethodSource("badRows")
    void badRowBecomesProblem(String label, String value, String field, String key,
            List<Object> args) {
        String rows = minimalRows().replaceFirst("<tr><th>" + label + "</th>.*?</tr>", "");
        PlanFactsReading reading = PlanFactsReader.read(details(rows + row(label, value)));

        assertEquals(List.of(new FieldError(field, "piap.blueprint.reader." + key, args)),
                reading.problems());
        assertTrue(reading.facts().isEmpty());
    }

    @Test
    void badOptionalDateKeepsOtherFacts() {
        PlanFactsReading reading = PlanFactsReader.read(
                details(minimalRows() + row("Directed deadline", "31/02/2025")));

        assertEquals(1, reading.problems().size());
        assertEquals(Optional.of(Category.SPECIAL_MEASURES), reading.category());
        assertTrue(reading.facts().isPresent());
    }

    @Test
    void categoryNotFittingTypeIsReported() {
        String rows = minimalRows().replace("Special measures", "Focused improvement");

        PlanFactsReading reading = PlanFactsReader.read(details(rows));

        assertEquals(List.of(FieldError.of(PlanFactLabels.CATEGORY,
                "piap.blueprint.reader.category-mismatch")), reading.problems());
    }

    @Test
    void problemsDescribeThemselvesInEitherLanguage() {
        FieldError problem = FieldError.of(PlanFactLabels.REPORT_PUBLISHED,
                "piap.blueprint.reader.invalid-date", "next Tuesday");

        String english = PlanFactsReading.describe(problem,
                Messages.forLocale(PlanLanguage.ENGLISH));
        String welsh = PlanFactsReading.describe(problem, Messages.forLocale(PlanLanguage.WELSH));

        assertEquals("\"next Tuesday\" in the plan facts row \"Report published\" is not a "
                + "date. Enter a date, for example 16 January 2025.", english);
        assertTrue(welsh.contains("\"Dyddiad cyhoeddi'r adroddiad\""), welsh);
    }

    @Test
    void nullStorageReadsAsEmptyPage() {
        assertEquals(1, PlanFactsReader.read((String) null).problems().size());
    }
}
