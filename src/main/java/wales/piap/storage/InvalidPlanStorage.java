package wales.piap.storage;

import java.util.List;
import java.util.Map;
import wales.piap.plan.FieldError;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.WizardField;

/**
 * Writes the home page for a plan whose wizard values were invalid, which happens only when
 * a page is created without the wizard script. The page lists every problem in Welsh and
 * English and keeps every submitted value as text, so nothing the user typed is lost.
 * Stateless and thread-safe.
 */
public final class InvalidPlanStorage {

    private static final List<String> FIELDS = List.of(WizardField.SETTING_NAME,
            WizardField.SETTING_TYPE, WizardField.LOCAL_AUTHORITY, WizardField.CATEGORY,
            WizardField.REPORT_PUBLISHED, WizardField.DIRECTED_DEADLINE,
            WizardField.DIRECTION_REFERENCE, WizardField.FOCUSED_IMPROVEMENT_HORIZON,
            WizardField.PLAN_LANGUAGE, WizardField.HALF_TERM_READING,
            WizardField.RECOMMENDATIONS);

    private InvalidPlanStorage() {
    }

    /** Returns the page body for {@code errors}, echoing the string values of {@code form}. */
    public static String write(List<FieldError> errors, Map<String, ?> form) {
        PageText text = PageText.forLanguage(PlanLanguage.BILINGUAL);
        StorageMarkup page = new StorageMarkup();

        page.openMacro("warning").open("ac:rich-text-body");
        page.element("p", text.text("piap.blueprint.invalid.intro"));
        page.open("ul");
        for (FieldError error : errors) {
            page.element("li", text.text(error.messageKey(), error.argsArray()));
        }
        page.close("ul").close("ac:rich-text-body").closeMacro();

        page.element("h2", text.text("piap.blueprint.invalid.values"));
        page.open("table").open("tbody");
        for (String field : FIELDS) {
            Object value = form == null ? null : form.get(field);
            page.open("tr").element("th", field).open("td");
            if (value instanceof String[] values) {
                value = String.join("\n", values);
            }
            for (String line : String.valueOf(value == null ? "" : value).split("\\R")) {
                page.element("p", line);
            }
            page.close("td").close("tr");
        }
        page.close("tbody").close("table");
        return page.toString();
    }
}
