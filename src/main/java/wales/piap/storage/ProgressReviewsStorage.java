package wales.piap.storage;

import java.util.List;
import wales.piap.plan.PlanFacts;

/** Writes the storage format of the progress reviews page. Stateless and thread-safe. */
final class ProgressReviewsStorage {

    /** i18n keys of each recommendation's review table columns, in page order. */
    static final List<String> COLUMNS = List.of(
            "piap.blueprint.reviews.column.date",
            "piap.blueprint.reviews.column.progress",
            "piap.blueprint.reviews.column.evidence",
            "piap.blueprint.reviews.column.judgement",
            "piap.blueprint.reviews.column.next-steps");

    private static final List<String> HINTS = List.of(
            "piap.blueprint.reviews.hint.date",
            "piap.blueprint.reviews.hint.progress",
            "piap.blueprint.reviews.hint.evidence",
            "piap.blueprint.reviews.hint.judgement",
            "piap.blueprint.reviews.hint.next-steps");

    private ProgressReviewsStorage() {
    }

    /**
     * Returns the page body: an introduction, a dated entries table per recommendation and
     * the statement for the annual report to parents of the governing body, management
     * committee or registered person, as the setting type has it.
     */
    static String write(PlanFacts facts, List<String> recommendations) {
        PageText text = PageText.forLanguage(facts.language());
        StorageMarkup page = new StorageMarkup();

        page.element("p", LaStatementStorage.bodyText(text, facts.settingType(),
                "piap.blueprint.reviews.intro"));
        List<String> headers = COLUMNS.stream().map(text::text).toList();
        List<String> hints = HINTS.stream().map(text::text).toList();
        for (int i = 0; i < recommendations.size(); i++) {
            page.open("h2").text("R" + (i + 1) + " ").text(recommendations.get(i)).close("h2");
            TableMarkup.openTable(page, headers);
            TableMarkup.placeholderRow(page, null, hints);
            TableMarkup.closeTable(page);
        }

        page.element("h2", text.text("piap.blueprint.reviews.annual-report"));
        page.placeholderParagraph(LaStatementStorage.bodyText(text, facts.settingType(),
                "piap.blueprint.reviews.hint.annual-report"));
        return page.toString();
    }
}
