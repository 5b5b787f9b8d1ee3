package wales.piap.confluence;

import com.atlassian.confluence.pages.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import wales.piap.plan.Finding;
import wales.piap.plan.LaStatementContent;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanValidator;
import wales.piap.plan.RecommendationContent;
import wales.piap.storage.PlanFactsReading;
import wales.piap.storage.PlanPageParser;

/**
 * One plan's pages read from Confluence: the facts of the home page, each recommendation page
 * and the local authority statement, found among the home page's children by their labels.
 *
 * <p>Built per request and never cached, so every cluster node reads the current pages.
 *
 * @param home the plan home page
 * @param facts the facts read from the home page's Page Properties block
 * @param recommendationPages the recommendation pages, ordered by reference (R1, R2, ...)
 * @param recommendations their parsed content, in the same order
 * @param laStatementPage the local authority statement page, or null when there is none
 * @param laStatement its parsed content, or null when there is none
 */
public record PlanTree(Page home, PlanFactsReading facts, List<Page> recommendationPages,
        List<RecommendationContent> recommendations, Page laStatementPage,
        LaStatementContent laStatement) {

    /** Reads the plan whose home page is {@code home}; never throws for unreadable content. */
    public static PlanTree read(Page home, PlanLocator locator) {
        PlanPageParser parser = new PlanPageParser();
        List<Page> recommendationPages = new ArrayList<>();
        Page laPage = null;
        for (Page child : home.getChildren()) {
            if (!child.isCurrent()) {
                continue;
            }
            if (PlanLocator.hasLabel(child, PlanLabels.RECOMMENDATION)) {
                recommendationPages.add(child);
            } else if (laPage == null && PlanLocator.hasLabel(child, PlanLabels.LA_STATEMENT)) {
                laPage = child;
            }
        }
        List<RecommendationContent> contents = new ArrayList<>();
        for (Page page : recommendationPages) {
            contents.add(parser.parseRecommendation(page.getIdAsString(), page.getTitle(),
                    page.getBodyAsString()));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> referenceNumber(contents.get(i).reference())));
        List<Page> sortedPages = new ArrayList<>();
        List<RecommendationContent> sortedContents = new ArrayList<>();
        for (int i : order) {
            sortedPages.add(recommendationPages.get(i));
            sortedContents.add(contents.get(i));
        }
        LaStatementContent laContent = laPage == null ? null : parser.parseLaStatement(
                laPage.getIdAsString(), laPage.getTitle(), laPage.getBodyAsString());
        return new PlanTree(home, locator.readFacts(home), List.copyOf(sortedPages),
                List.copyOf(sortedContents), laPage, laContent);
    }

    /** Returns the plan's facts when the home page has every required one. */
    public Optional<PlanFacts> planFacts() {
        return facts.facts();
    }

    /** Validates every recommendation page and the local authority statement. */
    public List<Finding> validate() {
        return new PlanValidator().validatePlan(planFacts().orElse(null), recommendations,
                laStatement);
    }

    private static int referenceNumber(String reference) {
        String digits = reference == null ? "" : reference.replaceAll("\\D", "");
        if (digits.isEmpty() || digits.length() > 6) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(digits);
    }
}
