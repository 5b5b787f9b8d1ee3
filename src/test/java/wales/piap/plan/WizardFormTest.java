package wales.piap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WizardFormTest {

    /** Noon on 10 March 2026: the latest publication date accepted is 2027-03-10. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    static Map<String, Object> validForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("settingName", "  Ysgol Gynradd Enghraifft ");
        form.put("settingType", "maintained-school");
        form.put("localAuthority", "gb-pow");
        form.put("category", "special-measures");
        form.put("reportPublished", "2025-01-16");
        form.put("planLanguage", "bilingual");
        form.put("recommendations", "R1. Strengthen safeguarding procedures.\n\n"
                + "R2. Ensure that teaching enables all pupils to make progress.");
        return form;
    }

    private static WizardInput parseValid(Map<String, Object> form) {
        WizardResult result = WizardForm.parse(form, CLOCK);
        assertTrue(result.isValid(), () -> "errors: " + result.errors());
        return result.input().orElseThrow();
    }

    private static FieldError onlyError(Map<String, Object> form) {
        WizardResult result = WizardForm.parse(form, CLOCK);
        assertFalse(result.isValid());
        assertEquals(1, result.errors().size(), () -> "errors: " + result.errors());
        return result.errors().get(0);
    }

    @Test
    void validFormGivesFactsAndCleanRecommendations() {
        WizardInput input = parseValid(validForm());
        PlanFacts facts = input.facts();

        assertEquals("Ysgol Gynradd Enghraifft", facts.settingName());
        assertEquals(SettingType.MAINTAINED_SCHOOL, facts.settingType());
        assertEquals(LocalAuthority.POWYS, facts.localAuthority());
        assertEquals(Category.SPECIAL_MEASURES, facts.category());
        assertEquals(LocalDate.of(2025, 1, 16), facts.reportPublished());
        assertEquals(PlanLanguage.BILINGUAL, facts.language());
        assertEquals(HalfTermReading.HALF_TERMS_COUNT, facts.halfTermReading());
        assertNull(facts.directedDeadline());
        assertNull(facts.draftSentToEstyn());
        assertEquals(List.of("Strengthen safeguarding procedures.",
                "Ensure that teaching enables all pupils to make progress."),
                input.recommendations());
    }

    @Test
    void localAuthorityByWelshNameAndArrayValues() {
        Map<String, Object> form = validForm();
        form.put("localAuthority", new String[] {"Bro Morgannwg"});
        form.put("recommendations", new String[] {"1) Improve attendance.", "2) Improve writing."});

        WizardInput input = parseValid(form);

        assertEquals(LocalAuthority.VALE_OF_GLAMORGAN, input.facts().localAuthority());
        assertEquals(List.of("Improve attendance.", "Improve writing."), input.recommendations());
    }

    @Test
    void optionalFieldsAreRead() {
        Map<String, Object> form = validForm();
        form.put("directedDeadline", "2025-02-03");
        form.put("directionReference", " WG/2025/17 ");
        form.put("halfTermReading", "half-terms-skipped");

        PlanFacts facts = parseValid(form).facts();

        assertEquals(LocalDate.of(2025, 2, 3), facts.directedDeadline());
        assertEquals("WG/2025/17", facts.directionReference());
        assertEquals(HalfTermReading.HALF_TERMS_SKIPPED, facts.halfTermReading());
    }

    @Test
    void systemClockEntryPointParsesForm() {
        WizardResult result = WizardForm.parse(validForm());

        assertTrue(result.isValid(), () -> "errors: " + result.errors());
    }

    /** Form changes that are valid, also checked against the wizard script. */
    static Stream<Arguments> acceptedChanges() {
        return Stream.of(
                Arguments.of(change("reportPublished", "2014-09-01")),
                Arguments.of(change("reportPublished", "2026-03-10")),
                Arguments.of(change("reportPublished", "2027-03-10")),
                Arguments.of(change("reportPublished", "10/03/2027")),
                Arguments.of(change("directedDeadline", "2025-01-17")),
                Arguments.of(change("directedDeadline", "2027-01-16")),
                Arguments.of(change("reportPublished", "2024-02-29",
                        "directedDeadline", "2026-02-28")),
                Arguments.of(change("directedDeadline", "2025-02-03",
                        "directionReference", "WG/2025/17")),
                Arguments.of(change("directionReference", "   ")),
                Arguments.of(change("recommendations",
                        "R1. Improve the quality of teaching\nso that pupils make progress.")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("acceptedChanges")
    void validChangeIsAccepted(Map<String, Object> changes) {
        Map<String, Object> form = validForm();
        form.putAll(changes);

        WizardResult result = WizardForm.parse(form, CLOCK);

        assertTrue(result.isValid(), () -> "errors: " + result.errors());
    }

    @Test
    void todayIsTheLondonDate() {
        // 23:30 UTC on 30 June 2026 is already 1 July in London (BST).
        Clock lateEvening = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        Map<String, Object> form = validForm();
        form.put("reportPublished", "2027-07-01");

        WizardResult result = WizardForm.parse(form, lateEvening);

        assertTrue(result.isValid(), () -> "errors: " + result.errors());
    }

    @Test
    void publicationRangeFollowsTheClock() {
        Clock later = Clock.fixed(Instant.parse("2030-01-01T12:00:00Z"), ZoneOffset.UTC);
        Map<String, Object> form = validForm();
        form.put("reportPublished", "2030-06-01");

        assertTrue(WizardForm.parse(form, later).isValid());
        assertFalse(WizardForm.parse(form, CLOCK).isValid());
    }

    @Test
    void multiLineRecommendationKeepsNumbering() {
        Map<String, Object> form = validForm();
        form.put("recommendations", "R1. Strengthen leadership and governance to provide\n"
                + "stability to the school.\nR2. Improve attendance.");

        List<String> recommendations = parseValid(form).recommendations();

        assertEquals(List.of("Strengthen leadership and governance to provide stability to "
                + "the school.", "Improve attendance."), recommendations);
    }

    @Test
    void horizonKeptOnlyForFocusedImprovement() {
        Map<String, Object> form = validForm();
        form.put("focusedImprovementHorizon", "2026-01-16");
        assertNull(parseValid(form).facts().focusedImprovementHorizon());

        form.put("settingType", "non-maintained-setting");
        form.put("category", "focused-improvement");
        assertEquals(LocalDate.of(2026, 1, 16),
                parseValid(form).facts().focusedImprovementHorizon());
    }

    /** Builds form changes from field and value pairs; a null value makes the field absent. */
    static Map<String, Object> change(String... fieldsAndValues) {
        Map<String, Object> changes = new HashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            changes.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return changes;
    }

    /** Form changes that each give one error, also checked against the wizard script. */
    static Stream<Arguments> singleErrors() {
        return Stream.of(
                Arguments.of(change("settingName", "   "), "settingName",
                        "setting-name.missing", List.of()),
                Arguments.of(change("settingName", "x".repeat(256)), "settingName",
                        "setting-name.too-long", List.of(256, 255)),
                Arguments.of(change("settingType", "academy"), "settingType",
                        "setting-type.unknown", List.of("academy")),
                Arguments.of(change("localAuthority", "Bristol"), "localAuthority",
                        "local-authority.unknown", List.of("Bristol")),
                Arguments.of(change("localAuthority", ""), "localAuthority",
                        "local-authority.missing", List.of()),
                Arguments.of(change("category", "focused-improvement"), "category",
                        "category.needs-non-maintained", List.of()),
                Arguments.of(change("category", "serious-weaknesses"), "category",
                        "category.unknown", List.of("serious-weaknesses")),
                Arguments.of(change("reportPublished", "16th of Jan"), "reportPublished",
                        "report-published.invalid", List.of("16th of Jan")),
                Arguments.of(change("reportPublished", "2025-02-30"), "reportPublished",
                        "report-published.nonexistent", List.of("2025-02-30")),
                Arguments.of(change("reportPublished", "2026-02-31"), "reportPublished",
                        "report-published.nonexistent", List.of("2026-02-31")),
                Arguments.of(change("reportPublished", "31/04/2025"), "reportPublished",
                        "report-published.nonexistent", List.of("31/04/2025")),
                Arguments.of(change("reportPublished", "2025-13-01"), "reportPublished",
                        "report-published.nonexistent", List.of("2025-13-01")),
                Arguments.of(change("reportPublished", "30 February 2025"), "reportPublished",
                        "report-published.nonexistent", List.of("30 February 2025")),
                Arguments.of(change("reportPublished", null), "reportPublished",
                        "report-published.missing", List.of()),
                Arguments.of(change("reportPublished", "2099-01-01"), "reportPublished",
                        "report-published.out-of-range",
                        List.of("2099-01-01", "2014-09-01", "2027-03-10")),
                Arguments.of(change("reportPublished", "0001-01-01"), "reportPublished",
                        "report-published.out-of-range",
                        List.of("0001-01-01", "2014-09-01", "2027-03-10")),
                Arguments.of(change("reportPublished", "31/08/2014"), "reportPublished",
                        "report-published.out-of-range",
                        List.of("2014-08-31", "2014-09-01", "2027-03-10")),
                Arguments.of(change("reportPublished", "2027-03-11"), "reportPublished",
                        "report-published.out-of-range",
                        List.of("2027-03-11", "2014-09-01", "2027-03-10")),
                Arguments.of(change("directedDeadline", "soon"), "directedDeadline",
                        "directed-deadline.invalid", List.of("soon")),
                Arguments.of(change("directedDeadline", "2025-02-29"), "directedDeadline",
                        "directed-deadline.nonexistent", List.of("2025-02-29")),
                Arguments.of(change("directedDeadline", "2025-01-15"), "directedDeadline",
                        "directed-deadline.before-publication",
                        List.of("2025-01-15", "2025-01-16")),
                Arguments.of(change("directedDeadline", "2025-01-16"), "directedDeadline",
                        "directed-deadline.before-publication",
                        List.of("2025-01-16", "2025-01-16")),
                Arguments.of(change("directedDeadline", "2027-01-17"), "directedDeadline",
                        "directed-deadline.out-of-range",
                        List.of("2027-01-17", "2025-01-16", "2027-01-16")),
                Arguments.of(change("reportPublished", "2024-02-29",
                        "directedDeadline", "2026-03-01"), "directedDeadline",
                        "directed-deadline.out-of-range",
                        List.of("2026-03-01", "2024-02-29", "2026-02-28")),
                Arguments.of(change("directedDeadline", "2099-01-01"), "directedDeadline",
                        "directed-deadline.out-of-range",
                        List.of("2099-01-01", "2025-01-16", "2027-01-16")),
                Arguments.of(change("directionReference", " WG/2025/17 "), "directionReference",
                        "direction-reference.without-deadline", List.of("WG/2025/17")),
                Arguments.of(change("directionReference", "r".repeat(300),
                        "directedDeadline", "2025-02-03"), "directionReference",
                        "direction-reference.too-long", List.of(300, 255)),
                Arguments.of(change("settingType", "non-maintained-setting",
                        "category", "focused-improvement",
                        "focusedImprovementHorizon", "2026-02-29"),
                        "focusedImprovementHorizon", "horizon.nonexistent",
                        List.of("2026-02-29")),
                Arguments.of(change("settingType", "non-maintained-setting",
                        "category", "focused-improvement",
                        "focusedImprovementHorizon", "next year"),
                        "focusedImprovementHorizon", "horizon.invalid", List.of("next year")),
                Arguments.of(change("planLanguage", "fr"), "planLanguage",
                        "plan-language.unknown", List.of("fr")),
                Arguments.of(change("halfTermReading", "both"), "halfTermReading",
                        "half-term-reading.unknown", List.of("both")),
                Arguments.of(change("recommendations", "\n \u2022 \n R1 \n"), "recommendations",
                        "recommendations.missing", List.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("singleErrors")
    void badFieldGivesOneNamedError(Map<String, Object> changes, String field,
            String keySuffix, List<Object> args) {
        Map<String, Object> form = validForm();
        form.putAll(changes);

        FieldError error = onlyError(form);

        assertEquals(field, error.field());
        assertEquals("piap.blueprint.error." + keySuffix, error.messageKey());
        assertEquals(args, error.args());
    }

    @Test
    void schoolCategoryOnNonMaintainedSettingIsRejected() {
        Map<String, Object> form = validForm();
        form.put("settingType", "non-maintained-setting");

        FieldError error = onlyError(form);

        assertEquals("category", error.field());
        assertEquals("piap.blueprint.error.category.needs-school", error.messageKey());
    }

    @Test
    void horizonBeforePublicationIsRejected() {
        Map<String, Object> form = validForm();
        form.put("settingType", "non-maintained-setting");
        form.put("category", "focused-improvement");
        form.put("focusedImprovementHorizon", "2024-12-01");

        FieldError error = onlyError(form);

        assertEquals("focusedImprovementHorizon", error.field());
        assertEquals(List.of("2024-12-01", "2025-01-16"), error.args());
    }

    @Test
    void tooManyOrTooLongRecommendationsAreRejected() {
        Map<String, Object> form = validForm();
        form.put("recommendations", "Improve.\n".repeat(31));
        assertEquals("piap.blueprint.error.recommendations.too-many",
                onlyError(form).messageKey());

        form.put("recommendations", "Improve.\n" + "W".repeat(2001));
        FieldError tooLong = onlyError(form);
        assertEquals(List.of("R2", 2001, 2000), tooLong.args());
    }

    @Test
    void longValuesAreShortenedInMessages() {
        Map<String, Object> form = validForm();
        form.put("settingType", "y".repeat(100));

        Object echoed = onlyError(form).args().get(0);

        assertEquals("y".repeat(60) + "\u2026", echoed);
    }

    @Test
    void emptyFormReportsEveryRequiredField() {
        WizardResult result = WizardForm.parse(Map.of(), CLOCK);

        List<String> fields = result.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("settingName", "settingType", "localAuthority", "category",
                "reportPublished", "planLanguage", "recommendations"), fields);
    }
}
