package wales.piap.storage;

import java.time.LocalDate;
import wales.piap.plan.Category;
import wales.piap.plan.PlanFacts;

/** Writes the storage format of a plan's home page. Stateless and thread-safe. */
final class HomePageStorage {

    private HomePageStorage() {
    }

    /**
     * Returns the home page body: a Page Properties block with the plan's facts, then the
     * deadline banner, validation report, plan summary and a list of the plan's pages.
     */
    static String write(PlanFacts facts) {
        PageText text = PageText.forLanguage(facts.language());
        StorageMarkup page = new StorageMarkup();

        page.open("p").text(text.text("piap.blueprint.home.intro")).close("p");
        writeFacts(page, text, facts);

        page.element("h2", text.text("piap.blueprint.home.deadline"));
        page.macro("piap-deadline-banner");
        page.element("h2", text.text("piap.blueprint.home.validation"));
        page.macro("piap-validation", "scope", "plan");
        page.element("h2", text.text("piap.blueprint.home.summary"));
        page.macro("piap-plan-summary");
        page.element("h2", text.text("piap.blueprint.home.pages"));
        page.macro("children", "all", "false");
        return page.toString();
    }

    private static void writeFacts(StorageMarkup page, PageText text, PlanFacts facts) {
        page.openMacro("details").parameter("id", PlanFactLabels.DETAILS_ID);
        page.open("ac:rich-text-body").open("table").open("tbody");

        row(page, text, PlanFactLabels.SETTING).text(facts.settingName());
        endRow(page);
        row(page, text, PlanFactLabels.SETTING_TYPE)
                .text(text.text(facts.settingType().messageKey()));
        endRow(page);
        row(page, text, PlanFactLabels.LOCAL_AUTHORITY)
                .text(text.joined(m -> facts.localAuthority().displayName(m.locale())));
        endRow(page);
        row(page, text, PlanFactLabels.CATEGORY).text(text.text(facts.category().messageKey()));
        endRow(page);
        row(page, text, PlanFactLabels.REPORT_PUBLISHED).time(facts.reportPublished());
        endRow(page);
        dateOrPlaceholder(row(page, text, PlanFactLabels.DIRECTED_DEADLINE),
                facts.directedDeadline(), text.text("piap.blueprint.placeholder.directed-deadline"));
        endRow(page);
        textOrPlaceholder(row(page, text, PlanFactLabels.DIRECTION_REFERENCE),
                facts.directionReference(),
                text.text("piap.blueprint.placeholder.direction-reference"));
        endRow(page);
        if (facts.category() == Category.FOCUSED_IMPROVEMENT) {
            dateOrPlaceholder(row(page, text, PlanFactLabels.HORIZON),
                    facts.focusedImprovementHorizon(),
                    text.text("piap.blueprint.placeholder.horizon"));
            endRow(page);
        }
        row(page, text, PlanFactLabels.LANGUAGE).text(text.text(facts.language().messageKey()));
        endRow(page);
        row(page, text, PlanFactLabels.HALF_TERM_READING)
                .text(text.text(facts.halfTermReading().messageKey()));
        endRow(page);
        row(page, text, PlanFactLabels.PLAN_STATUS)
                .status("Grey", text.text("piap.blueprint.status.drafting"));
        endRow(page);
        dateOrPlaceholder(row(page, text, PlanFactLabels.DRAFT_SENT), facts.draftSentToEstyn(),
                text.text("piap.blueprint.placeholder.draft-sent"));
        endRow(page);

        page.close("tbody").close("table").close("ac:rich-text-body").closeMacro();
    }

    /** Opens a row with its label cell and the value cell's paragraph. */
    private static StorageMarkup row(StorageMarkup page, PageText text, String labelKey) {
        return page.open("tr").element("th", text.text(labelKey)).open("td").open("p");
    }

    private static void endRow(StorageMarkup page) {
        page.close("p").close("td").close("tr");
    }

    private static void dateOrPlaceholder(StorageMarkup cell, LocalDate date, String hint) {
        if (date == null) {
            cell.placeholder(hint);
        } else {
            cell.time(date);
        }
    }

    private static void textOrPlaceholder(StorageMarkup cell, String value, String hint) {
        if (value == null) {
            cell.placeholder(hint);
        } else {
            cell.text(value);
        }
    }
}
