package wales.piap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import wales.piap.plan.TermReference.Boundary;

/** Milestones written as school terms, resolved through a {@link TermResolver}. */
class MilestoneTermsTest {

    private static final TermReference SPRING_END_2026 = new TermReference(
            SchoolTerm.SPRING, 2026, Boundary.END, "end of the spring term 2026", 0);
    private static final TermReference AUTUMN_START_2028 = new TermReference(
            SchoolTerm.AUTUMN, 2028, Boundary.START, "start of the autumn term 2028", 0);

    /** Knows only the spring term 2026, ending on Friday 27 March 2026. */
    private static final TermResolver CALENDAR = reference ->
            reference.term() == SchoolTerm.SPRING && reference.year() == 2026
                    ? Optional.of(LocalDate.of(2026, 3, 27)) : Optional.empty();

    private static final PlanFacts FACTS = new PlanFacts("Ysgol Enghraifft",
            SettingType.MAINTAINED_SCHOOL, LocalAuthority.CARDIFF,
            Category.SIGNIFICANT_IMPROVEMENT, LocalDate.of(2025, 9, 22), null, null,
            PlanLanguage.EN, null, null, HalfTermReading.HALF_TERMS_COUNT);

    @Test
    void resolvedTermIsDatedMilestone() {
        List<Finding> findings = check(timescale(List.of(), SPRING_END_2026), FACTS, CALENDAR);

        assertEquals(List.of(), findings);
    }

    @Test
    void termWithoutResolverIsDatedMilestone() {
        List<Finding> findings = check(timescale(List.of(), AUTUMN_START_2028), null, null);

        assertEquals(List.of(), findings);
    }

    @Test
    void termWithoutResolverIsNotRangeChecked() {
        // Autumn 2028 is after the horizon of 22 September 2026, but nothing resolves it.
        List<Finding> findings = check(timescale(List.of(), AUTUMN_START_2028), FACTS, null);

        assertEquals(List.of(), findings);
    }

    @Test
    void unknownTermReportedOnTimescale() {
        TermReference secondUnknown = new TermReference(SchoolTerm.SUMMER, 2028, Boundary.END,
                "summer term 2028", 0);

        List<Finding> findings = check(timescale(List.of(), AUTUMN_START_2028, secondUnknown),
                FACTS, CALENDAR);

        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.INCONSISTENT, finding.severity());
        assertEquals(Field.TIMESCALE, finding.field());
        assertEquals("piap.validation.fix.timescale.termUnknown", finding.messageKey());
        assertEquals(List.of("start of the autumn term 2028", "2028"), finding.arguments());
    }

    @Test
    void resolvedTermAfterHorizonIsReported() {
        PlanFacts shortPlan = new PlanFacts("Ysgol Enghraifft", SettingType.MAINTAINED_SCHOOL,
                LocalAuthority.CARDIFF, Category.SIGNIFICANT_IMPROVEMENT,
                LocalDate.of(2025, 1, 16), null, null, PlanLanguage.EN, null, null,
                HalfTermReading.HALF_TERMS_COUNT);

        List<Finding> findings = check(timescale(List.of(), SPRING_END_2026), shortPlan,
                CALENDAR);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("piap.validation.fix.milestone.afterHorizon", findings.get(0).messageKey());
        assertEquals(List.of("2026-03-27", "2026-01-16"), findings.get(0).arguments());
    }

    @Test
    void resolvedTermBeforePublicationIsReported() {
        PlanFacts latePlan = new PlanFacts("Ysgol Enghraifft", SettingType.MAINTAINED_SCHOOL,
                LocalAuthority.CARDIFF, Category.SPECIAL_MEASURES, LocalDate.of(2026, 4, 1),
                null, null, PlanLanguage.EN, null, null, HalfTermReading.HALF_TERMS_COUNT);

        List<Finding> findings = check(timescale(List.of(), SPRING_END_2026), latePlan,
                CALENDAR);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("piap.validation.fix.milestone.beforePublication",
                findings.get(0).messageKey());
    }

    @Test
    void termIsOrderedAmongTypedDates() {
        // "1 March 2026, end of the spring term 2026, 1 February 2026": 27 March comes second.
        TermReference between = new TermReference(SchoolTerm.SPRING, 2026, Boundary.END,
                "end of the spring term 2026", 1);
        CellContent cell = timescale(
                List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)), between);

        List<Finding> findings = check(cell, FACTS, CALENDAR);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("piap.validation.fix.milestone.outOfOrder", findings.get(0).messageKey());
        assertEquals(List.of("2026-03-27", "2026-02-01"), findings.get(0).arguments());
    }

    @Test
    void termBeforeTypedDateInOrder() {
        CellContent cell = timescale(List.of(LocalDate.of(2026, 6, 30)), SPRING_END_2026);

        assertEquals(List.of(), check(cell, FACTS, CALENDAR));
    }

    @Test
    void validatorUsesGivenResolver() {
        ActionRow row = action(timescale(List.of(), AUTUMN_START_2028));
        RecommendationContent page = new RecommendationContent("1", "R1", "R1",
                text("Improve"), text("90% of pupils"), List.of(row), ParentsContent.EMPTY,
                List.of());

        List<Finding> withCalendar = new PlanValidator(reference -> Optional.empty())
                .validateRecommendation(page, FACTS);
        List<Finding> without = new PlanValidator().validateRecommendation(page, FACTS);

        assertEquals(1, count(withCalendar, Field.TIMESCALE), withCalendar.toString());
        assertEquals(0, count(without, Field.TIMESCALE), without.toString());
        assertEquals(0, count(without, Field.MILESTONE), without.toString());
    }

    private static long count(List<Finding> findings, Field field) {
        return findings.stream().filter(finding -> finding.field() == field).count();
    }

    private static List<Finding> check(CellContent cell, PlanFacts facts, TermResolver terms) {
        FindingSink sink = new FindingSink("1", "R1");
        MilestoneRules.check(action(cell), facts, terms, sink);
        return sink.findings();
    }

    private static ActionRow action(CellContent timescale) {
        return new ActionRow("R1.1", true, text("Train staff"), text("Head"), text("LA"),
                timescale, text("INSET"), text("All staff"), text("Governors termly review"));
    }

    private static CellContent timescale(List<LocalDate> dates, TermReference... terms) {
        return new CellContent("timescale", dates, List.of(), List.of(), List.of(terms));
    }

    private static CellContent text(String text) {
        return new CellContent(text, List.of(), List.of(), List.of());
    }
}
