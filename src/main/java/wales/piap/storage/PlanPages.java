package wales.piap.storage;

import java.util.ArrayList;
import java.util.List;
import wales.piap.plan.PageRole;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.WizardInput;

/**
 * Generates the storage format of a new plan's page tree in the plan's language: the home
 * page, one page per recommendation, the local authority statement and the progress reviews.
 *
 * <p>Every value is XML-escaped, so the pages parse as XML whatever the setting name or
 * recommendations contain. Instructional text is written as {@code ac:placeholder}, so an
 * untouched cell counts as empty. Stateless and thread-safe.
 */
public final class PlanPages {

    private PlanPages() {
    }

    /** Returns the home page: title, body with the facts block and the plan's macros. */
    public static PageDraft home(PlanFacts facts) {
        return new PageDraft(PageTitles.home(facts), HomePageStorage.write(facts), PageRole.HOME);
    }

    /**
     * Returns the child pages in tree order: R1, R2, …, then the local authority statement,
     * then the progress reviews.
     */
    public static List<PageDraft> children(WizardInput input) {
        PlanFacts facts = input.facts();
        List<String> recommendations = input.recommendations();
        List<PageDraft> pages = new ArrayList<>();
        for (int i = 0; i < recommendations.size(); i++) {
            pages.add(recommendation(facts, i + 1, recommendations.get(i)));
        }
        pages.add(new PageDraft(PageTitles.laStatement(facts),
                LaStatementStorage.write(facts, recommendations), PageRole.LA_STATEMENT));
        pages.add(new PageDraft(PageTitles.progressReviews(facts),
                ProgressReviewsStorage.write(facts, recommendations), PageRole.PROGRESS_REVIEWS));
        return pages;
    }

    /** Returns the page of recommendation {@code number} (1 for R1) with its wording. */
    public static PageDraft recommendation(PlanFacts facts, int number, String wording) {
        if (number < 1) {
            throw new IllegalArgumentException("recommendation number must be 1 or more: "
                    + number);
        }
        return new PageDraft(PageTitles.recommendation(facts, number, wording),
                RecommendationPageStorage.write(facts, number, wording), PageRole.RECOMMENDATION);
    }
}
