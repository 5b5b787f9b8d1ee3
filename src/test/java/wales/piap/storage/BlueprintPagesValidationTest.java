package wales.piap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wales.piap.plan.Finding;
import wales.piap.plan.LaStatementContent;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.PlanValidator;
import wales.piap.plan.RecommendationContent;
import wales.piap.plan.WizardInput;

/**
 * Reads the pages the blueprint writes, untouched, and checks that the validator finds
 * exactly the parts the author still has to fill in.
 */
class BlueprintPagesValidationTest {

    private final PlanPageParser parser = new PlanPageParser();
    private final PlanValidator validator = new PlanValidator();

    @ParameterizedTest
    @EnumSource(value = PlanLanguage.class, names = {"EN", "CY"})
    void recommendationPagesNeedEverythingButTheWording(PlanLanguage language) {
        WizardInput input = PlanExamples.primary(language);
        List<PageDraft> pages = PlanPages.children(input);
        for (int i = 0; i < input.recommendations().size(); i++) {
            PageDraft page = pages.get(i);
            RecommendationContent content =
                    parser.parseRecommendation("id" + i, page.title(), page.body());

            String reference = "R" + (i + 1);
            assertEquals(reference, content.reference(), page.title());
            assertTrue(content.text().text().contains(input.recommendations().get(i)),
                    () -> "wording of " + reference + ": " + content.text().text());
            assertEquals(List.of(), content.actions(), "placeholder rows are not actions");
            List<String> expected = List.of(
                    "MISSING " + reference + " ACTIONS",
                    "MISSING " + reference + " PARENTS_INFORMED",
                    "MISSING " + reference + " PARENTS_VIEWS_SOUGHT",
                    "MISSING " + reference + " PARENTS_VIEWS_USED",
                    "MISSING " + reference + " SUCCESS_CRITERIA");
            assertEquals(expected, summaries(validator.validateRecommendation(content,
                    input.facts())));
        }
    }

    @ParameterizedTest
    @EnumSource(value = PlanLanguage.class, names = {"EN", "CY"})
    void laStatementNeedsEveryPart(PlanLanguage language) {
        WizardInput input = PlanExamples.primary(language);
        PageDraft page = laStatement(PlanPages.children(input));
        LaStatementContent content = parser.parseLaStatement("la", page.title(), page.body());

        List<String> expected = new ArrayList<>(List.of(
                "MISSING LA LA_CAPACITY",
                "MISSING LA LA_POWER_ADDITIONAL_GOVERNORS",
                "MISSING LA LA_POWER_ADVICE_OR_COLLABORATION",
                "MISSING LA LA_POWER_BUDGET_SUSPENSION",
                "MISSING LA LA_POWER_DIRECTIONS",
                "MISSING LA LA_POWER_INTERIM_EXECUTIVE_BOARD",
                "MISSING LA PARENTS_INFORMED",
                "MISSING LA PARENTS_VIEWS_SOUGHT",
                "MISSING LA PARENTS_VIEWS_USED",
                "MISSING R1 LA_ACTIONS",
                "MISSING R2 LA_ACTIONS",
                "MISSING R3 LA_ACTIONS",
                "MISSING R4 LA_ACTIONS"));
        List<String> references = List.of("R1", "R2", "R3", "R4");
        assertEquals(expected, summaries(validator.validateLaStatement(content, references,
                input.facts())));
    }

    @ParameterizedTest
    @EnumSource(value = PlanLanguage.class, names = {"EN", "CY"})
    void settingStatementSkipsPowers(PlanLanguage language) {
        WizardInput input = new WizardInput(PlanExamples.setting(language),
                List.of("Improve the quality of provision for play."));
        PageDraft page = laStatement(PlanPages.children(input));
        LaStatementContent content = parser.parseLaStatement("la", page.title(), page.body());

        List<String> found = summaries(validator.validateLaStatement(content, List.of("R1"),
                input.facts()));

        assertTrue(found.stream().noneMatch(line -> line.contains("LA_POWER")), found::toString);
        assertTrue(found.contains("MISSING R1 LA_ACTIONS"), found::toString);
    }

    @ParameterizedTest
    @EnumSource(PlanLanguage.class)
    void parentsTextTypedOverPlaceholdersIsLabelled(PlanLanguage language) {
        WizardInput input = PlanExamples.primary(language);
        List<PageDraft> pages = PlanPages.children(input);
        String body = replaceParentsPlaceholders(pages.get(0).body(), language);
        RecommendationContent content = parser.parseRecommendation("id", "R1", body);

        List<String> found = summaries(validator.validateRecommendation(content,
                input.facts()));

        assertTrue(found.stream().noneMatch(line -> line.contains("PARENTS")),
                found::toString);
        assertTrue(content.parents().informed().text().contains("Letters home"),
                content.parents().toString());
        assertTrue(content.parents().viewsSought().text().contains("questionnaire"),
                content.parents().toString());
        assertTrue(content.parents().viewsUsed().text().contains("governors"),
                content.parents().toString());
    }

    @ParameterizedTest
    @EnumSource(PlanLanguage.class)
    void laParentsTextTypedOverPlaceholdersIsLabelled(PlanLanguage language) {
        WizardInput input = PlanExamples.primary(language);
        String body = replaceParentsPlaceholders(
                laStatement(PlanPages.children(input)).body(), language);
        LaStatementContent content = parser.parseLaStatement("la", "LA", body);

        List<String> found = summaries(validator.validateLaStatement(content,
                List.of("R1", "R2", "R3", "R4"), input.facts()));

        assertTrue(found.stream().noneMatch(line -> line.contains("PARENTS")),
                found::toString);
    }

    /** Replaces the three placeholders on parents in place by sentences that name no part. */
    private static String replaceParentsPlaceholders(String body, PlanLanguage language) {
        PageText text = PageText.forLanguage(language);
        Map<String, String> sentences = Map.of(
                "piap.blueprint.parents.informed",
                "Letters home each half term and a parents' evening in March.",
                "piap.blueprint.parents.views-sought",
                "A short questionnaire after each parents' evening.",
                "piap.blueprint.parents.views-used",
                "The governors discuss the results and change the plan where needed.");
        Document document = Jsoup.parse(body, "", Parser.xmlParser());
        int replaced = 0;
        for (Element placeholder : document.getElementsByTag("ac:placeholder")) {
            for (Map.Entry<String, String> entry : sentences.entrySet()) {
                if (placeholder.text().equals(text.text(entry.getKey()))) {
                    placeholder.replaceWith(new TextNode(entry.getValue()));
                    replaced++;
                }
            }
        }
        assertEquals(3, replaced, "parents placeholders in the generated page");
        return document.outerHtml();
    }

    private static PageDraft laStatement(List<PageDraft> pages) {
        return pages.stream().filter(p -> p.role() == wales.piap.plan.PageRole.LA_STATEMENT)
                .findFirst().orElseThrow();
    }

    private static List<String> summaries(List<Finding> findings) {
        return findings.stream().map(Finding::summary).sorted().toList();
    }
}
