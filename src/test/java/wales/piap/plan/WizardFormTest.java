package wales.piap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WizardFormTest {

    private static Map<String, Object> validForm() {
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
        WizardResult result = WizardForm.parse(form);
        assertTrue(result.isValid(), () -> "errors: " + result.errors());
        return result.input().orElseThrow();
    }

    private static FieldError onlyError(Map<String, Object> form) {
        WizardResult result = WizardForm.parse(form);
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
    void futurePublicationDateIsAccepted() {
        Map<String, Object> form = validForm();
        form.put("reportPublished", LocalDate.now().plusYears(1).toString());

        assertTrue(WizardForm.parse(form).isValid());
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

    static Stream<Arguments> singleErrors() {
        return Stream.of(
                Arguments.of("settingName", "   ", "setting-name.missing", List.of()),
                Arguments.of("settingName", "x".repeat(256), "setting-name.too-long",
                        List.of(256, 255)),
                Arguments.of("settingType", "academy", "setting-type.unknown",
                        List.of("academy")),
                Arguments.of("localAuthority", "Bristol", "local-authority.unknown",
                        List.of("Bristol")),
                Arguments.of("localAuthority", "", "local-authority.missing", List.of()),
                Arguments.of("category", "focused-improvement", "category.needs-non-maintained",
                        List.of()),
                Arguments.of("category", "serious-weaknesses", "category.unknown",
                        List.of("serious-weaknesses")),
                Arguments.of("reportPublished", "16th of Jan", "report-published.invalid",
                        List.of("16th of Jan", "yyyy-mm-dd")),
                Arguments.of("reportPublished", "2025-02-30", "report-published.invalid",
                        List.of("2025-02-30", "yyyy-mm-dd")),
                Arguments.of("reportPublished", null, "report-published.missing",
                        List.of("yyyy-mm-dd")),
                Arguments.of("directedDeadline", "soon", "directed-deadline.invalid",
                        List.of("soon", "yyyy-mm-dd")),
                Arguments.of("directedDeadline", "2025-01-15",
                        "directed-deadline.before-publication",
                        List.of("2025-01-15", "2025-01-16")),
                Arguments.of("directionReference", "r".repeat(300),
                        "direction-reference.too-long", List.of(300, 255)),
                Arguments.of("planLanguage", "fr", "plan-language.unknown", List.of("fr")),
                Arguments.of("halfTermReading", "both", "half-term-reading.unknown",
                        List.of("both")),
                Arguments.of("recommendations", "\n \u2022 \n R1 \n", "recommendations.missing",
                        List.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @MethodSource("singleErrors")
    void badFieldGivesOneNamedError(String field, String value, String keySuffix,
            List<Object> args) {
        Map<String, Object> form = validForm();
        form.put(field, value);

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

        form.put("recommendations", "Improve.\n" + "w".repeat(2001));
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
        WizardResult result = WizardForm.parse(Map.of());

        List<String> fields = result.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("settingName", "settingType", "localAuthority", "category",
                "reportPublished", "planLanguage", "recommendations"), fields);
    }
}
