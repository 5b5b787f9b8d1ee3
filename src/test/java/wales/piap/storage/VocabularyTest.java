package wales.piap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.piap.plan.InterventionPower;
import wales.piap.plan.PlanLanguage;
import wales.piap.storage.Vocabulary.Column;
import wales.piap.storage.Vocabulary.ParentsPart;

class VocabularyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Action | ACTION", "Cam gweithredu | ACTION", "Task | ACTION",
        "Lead | LEAD", "Lead officer | LEAD", "Arweinydd | LEAD",
        "Support | SUPPORT", "Cymorth | SUPPORT",
        "Timescale and milestones | TIMESCALE", "Amserlen a cherrig milltir | TIMESCALE",
        "Target date | TIMESCALE",
        "Resources | RESOURCES", "Adnoddau | RESOURCES", "Cost | RESOURCES",
        "Success criteria and quantitative targets | SUCCESS",
        "Meini prawf llwyddiant a thargedau meintiol | SUCCESS",
        "Objective/Improvement | SUCCESS",
        "Monitoring (who, when, how) | MONITORING", "Monitro (pwy, pryd, sut) | MONITORING",
        "Monitored by | MONITORING",
        "Ref. | REFERENCE", "Reference number | REFERENCE", "Cyf. | REFERENCE",
        "'  SUCCESS\u00a0CRITERIA ' | SUCCESS"})
    void namesColumn(String header, Column expected) {
        assertEquals(Optional.of(expected), Vocabulary.column(header));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "R2 | 2", "R 2: Improve | 2", "Recommendation 3 | 3", "Recommendation R4 | 4",
        "Argymhelliad 5 | 5", "argymhelliad R1 - Gwella | 1"})
    void readsRecommendationNumber(String text, int expected) {
        assertEquals(Optional.of(expected), Vocabulary.recommendationNumber(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"R2.1", "R1a", "Raise standards", "Rhieni", "2"})
    void ignoresTextThatIsNoRecommendation(String text) {
        assertEquals(Optional.empty(), Vocabulary.recommendationNumber(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Require the governing body to secure advice or to collaborate | ADVICE_OR_COLLABORATION",
        "Appoint additional governors | ADDITIONAL_GOVERNORS",
        "Replace the governing body with interim executive members | INTERIM_EXECUTIVE_BOARD",
        "Withdraw the school's delegated budget | BUDGET_SUSPENSION",
        "Give directions to the governing body or headteacher | DIRECTIONS",
        "Penodi llywodraethwyr ychwanegol | ADDITIONAL_GOVERNORS",
        "Tynnu cyllideb ddirprwyedig yr ysgol yn ôl | BUDGET_SUSPENSION",
        "Suspend the delegated budget | BUDGET_SUSPENSION",
        "Atal y gyllideb ddirprwyedig | BUDGET_SUSPENSION",
        "Replace the management committee with an interim executive board "
                + "| INTERIM_EXECUTIVE_BOARD",
        "Require the management committee to secure advice or to collaborate "
                + "| ADVICE_OR_COLLABORATION",
        "Give directions to the management committee or headteacher | DIRECTIONS",
        "Rhoi aelodau gweithrediaeth interim yn lle'r pwyllgor rheoli "
                + "| INTERIM_EXECUTIVE_BOARD"})
    void namesPower(String text, InterventionPower expected) {
        assertEquals(Optional.of(expected), Vocabulary.power(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "R1: Improve attendance. | Improve attendance.",
        "Recommendation R1 | ''",
        "Argymhelliad R1 | ''",
        "Argymhelliad R1 / Recommendation R1 | ''",
        "Argymhelliad R1 / Recommendation R1 Improve attendance. | Improve attendance.",
        "R1 / R1 Gwella presenoldeb. | Gwella presenoldeb.",
        "R1 Improve attendance / Gwella presenoldeb | Improve attendance / Gwella presenoldeb",
        "Improve attendance / R1 | Improve attendance / R1"})
    void stripsRecommendationLabels(String text, String expected) {
        assertEquals(expected, Vocabulary.stripRecommendationLabel(text));
    }

    /** The blueprint's sub-headings on parents and carers, in each plan language. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "EN | informed | INFORMED", "EN | views-sought | VIEWS_SOUGHT",
        "EN | views-used | VIEWS_USED",
        "CY | informed | INFORMED", "CY | views-sought | VIEWS_SOUGHT",
        "CY | views-used | VIEWS_USED",
        "BILINGUAL | informed | INFORMED", "BILINGUAL | views-sought | VIEWS_SOUGHT",
        "BILINGUAL | views-used | VIEWS_USED"})
    void namesBlueprintParentsHeadings(PlanLanguage language, String part,
            ParentsPart expected) {
        String heading = PageText.forLanguage(language)
                .text("piap.blueprint.parents.heading." + part);

        assertEquals(Optional.of(expected), Vocabulary.parentsPart(heading), heading);
    }

    /** Older pages label no part, so a paragraph is placed by its own words. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We will inform parents by letter each term. | INFORMED",
        "Rhown wybod i rieni drwy gylchlythyr. | INFORMED",
        "Parents' views will be sought through a questionnaire. | VIEWS_SOUGHT",
        "Byddwn yn gofyn am farn rhieni mewn holiadur. | VIEWS_SOUGHT",
        "Governors will take their views into account. | VIEWS_USED",
        "Bydd y llywodraethwyr yn ystyried eu barn. | VIEWS_USED"})
    void namesParentsPartByWords(String text, ParentsPart expected) {
        assertEquals(Optional.of(expected), Vocabulary.parentsPart(text));
    }
}
