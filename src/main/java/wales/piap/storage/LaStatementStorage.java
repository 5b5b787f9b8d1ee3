package wales.piap.storage;

import java.util.ArrayList;
import java.util.List;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.SettingType;

/**
 * Writes the storage format of the local authority statement page. Stateless and
 * thread-safe.
 */
final class LaStatementStorage {

    /** i18n keys of the LA actions table's columns after the recommendation, in page order. */
    private static final List<String> ACTION_COLUMNS = List.of(
            "piap.blueprint.la.column.action",
            "piap.blueprint.la.column.officer",
            "piap.blueprint.column.timescale",
            "piap.blueprint.column.resources",
            "piap.blueprint.column.monitoring");

    private static final List<String> ACTION_HINTS = List.of(
            "piap.blueprint.la.hint.action",
            "piap.blueprint.la.hint.officer",
            "piap.blueprint.hint.timescale",
            "piap.blueprint.hint.resources",
            "piap.blueprint.hint.monitoring");

    /**
     * i18n keys of the powers of intervention the Welsh Government expects the statement to
     * address: advice or collaboration, directions and other steps, additional governors,
     * suspending the delegated budget, and an interim executive board. Labels that name the
     * responsible body take it as {0} (see {@link #bodyText}).
     */
    static final List<String> POWERS = List.of(
            "piap.blueprint.la.power.advice",
            "piap.blueprint.la.power.directions",
            "piap.blueprint.la.power.governors",
            "piap.blueprint.la.power.budget",
            "piap.blueprint.la.power.interim-executive");

    private LaStatementStorage() {
    }

    /**
     * Returns the page body: capacity assessment, LA actions per recommendation, the powers
     * of intervention with decision and reasons (for schools and PRUs), the period of action,
     * and informing parents and carers.
     */
    static String write(PlanFacts facts, List<String> recommendations) {
        PageText text = PageText.forLanguage(facts.language());
        StorageMarkup page = new StorageMarkup();

        page.element("h2", text.text("piap.blueprint.la.capacity"));
        page.placeholderParagraph(text.text("piap.blueprint.la.hint.capacity"));

        page.element("h2", text.text("piap.blueprint.la.actions"));
        List<String> headers = new ArrayList<>();
        headers.add(text.text("piap.blueprint.column.recommendation"));
        ACTION_COLUMNS.forEach(key -> headers.add(text.text(key)));
        TableMarkup.openTable(page, headers);
        List<String> hints = ACTION_HINTS.stream().map(text::text).toList();
        for (int i = 0; i < recommendations.size(); i++) {
            TableMarkup.placeholderRow(page, "R" + (i + 1) + " " + recommendations.get(i),
                    hints);
        }
        TableMarkup.closeTable(page);

        page.element("h2", text.text("piap.blueprint.la.powers"));
        if (facts.settingType() == SettingType.NON_MAINTAINED_SETTING) {
            page.element("p", text.text("piap.blueprint.la.powers.not-applicable"));
        } else {
            writePowers(page, text, facts.settingType());
        }

        page.element("h2", text.text("piap.blueprint.la.period"));
        page.placeholderParagraph(text.text("piap.blueprint.la.hint.period"));

        TableMarkup.parentsAndCarers(page, text);

        page.element("h2", text.text("piap.blueprint.recommendation.validation"));
        page.macro("piap-validation", "scope", "page");
        return page.toString();
    }

    /**
     * Returns {@code key}'s text in each plan language with the body responsible for the plan
     * as {0}: the governing body of a school, the management committee of a pupil referral
     * unit, or the registered person of a non-maintained setting.
     */
    static String bodyText(PageText text, SettingType settingType, String key) {
        String bodyKey = "piap.blueprint.body." + settingType.formValue();
        return text.joined(messages -> messages.text(key, messages.text(bodyKey)));
    }

    private static void writePowers(StorageMarkup page, PageText text, SettingType type) {
        page.placeholderParagraph(text.text("piap.blueprint.la.hint.powers"));
        TableMarkup.openTable(page, List.of(text.text("piap.blueprint.la.column.power"),
                text.text("piap.blueprint.la.column.decision"),
                text.text("piap.blueprint.la.column.reasons")));
        List<String> hints = List.of(text.text("piap.blueprint.la.hint.decision"),
                text.text("piap.blueprint.la.hint.reasons"));
        for (String power : POWERS) {
            TableMarkup.placeholderRow(page, bodyText(text, type, power), hints);
        }
        TableMarkup.closeTable(page);
    }
}
