package wales.piap.storage;

import java.util.List;
import java.util.stream.Stream;
import wales.piap.plan.PlanFacts;

/** Writes the storage format of one recommendation's page. Stateless and thread-safe. */
final class RecommendationPageStorage {

    /** i18n keys of the actions table's columns after the reference, in page order. */
    static final List<String> ACTION_COLUMNS = List.of(
            "piap.blueprint.column.action",
            "piap.blueprint.column.lead",
            "piap.blueprint.column.support",
            "piap.blueprint.column.timescale",
            "piap.blueprint.column.resources",
            "piap.blueprint.column.success-criteria",
            "piap.blueprint.column.monitoring");

    /** Instructional text of each action column, in the same order. */
    private static final List<String> ACTION_HINTS = List.of(
            "piap.blueprint.hint.action",
            "piap.blueprint.hint.lead",
            "piap.blueprint.hint.support",
            "piap.blueprint.hint.timescale",
            "piap.blueprint.hint.resources",
            "piap.blueprint.hint.success-criteria",
            "piap.blueprint.hint.monitoring");

    /** Placeholder action rows written on a new page. */
    static final int STARTING_ACTIONS = 2;

    private RecommendationPageStorage() {
    }

    /**
     * Returns the page body for recommendation {@code number} (1 for R1) with its published
     * {@code wording}: the recommendation, success criteria, actions table numbered R1.1,
     * R1.2, informing parents and carers, and the recommendation table and validation macros.
     */
    static String write(PlanFacts facts, int number, String wording) {
        PageText text = PageText.forLanguage(facts.language());
        StorageMarkup page = new StorageMarkup();
        String reference = "R" + number;

        page.element("h2", text.text("piap.blueprint.recommendation.heading", reference));
        page.open("p").open("strong").text(reference).close("strong").text(" ").text(wording)
                .close("p");

        page.element("h2", text.text("piap.blueprint.recommendation.success-criteria"));
        page.placeholderParagraph(text.text("piap.blueprint.hint.recommendation-criteria"));

        page.element("h2", text.text("piap.blueprint.recommendation.actions"));
        List<String> headers = Stream.concat(Stream.of("piap.blueprint.column.reference"),
                ACTION_COLUMNS.stream()).map(text::text).toList();
        TableMarkup.openTable(page, headers);
        List<String> hints = ACTION_HINTS.stream().map(text::text).toList();
        for (int action = 1; action <= STARTING_ACTIONS; action++) {
            TableMarkup.placeholderRow(page, reference + "." + action, hints);
        }
        TableMarkup.closeTable(page);

        TableMarkup.parentsAndCarers(page, text);

        page.element("h2", text.text("piap.blueprint.recommendation.overview"));
        page.macro("piap-recommendation-table");
        page.element("h2", text.text("piap.blueprint.recommendation.validation"));
        page.macro("piap-validation", "scope", "page");
        return page.toString();
    }
}
