package wales.piap.preview.web;

import com.atlassian.confluence.spaces.Space;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.owasp.encoder.Encode;
import wales.piap.plan.Category;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.SettingType;
import wales.piap.plan.WizardField;
import wales.piap.render.Messages;

/**
 * The wizard's form as one HTML page, with the wizard's field names, the 22 local authorities
 * in a select, labels in English or Welsh, the user's values kept and messages per field.
 */
final class CreateForm {

    /** Names of the fields that the form shows, each with its own error messages. */
    static final List<String> FIELDS = List.of("spaceKey", WizardField.SETTING_NAME,
            WizardField.SETTING_TYPE, WizardField.LOCAL_AUTHORITY, WizardField.CATEGORY,
            WizardField.REPORT_PUBLISHED, WizardField.DIRECTED_DEADLINE,
            WizardField.DIRECTION_REFERENCE, WizardField.FOCUSED_IMPROVEMENT_HORIZON,
            WizardField.HALF_TERM_READING, WizardField.PLAN_LANGUAGE,
            WizardField.RECOMMENDATIONS);

    private CreateForm() {
    }

    static String html(Locale locale, List<Space> spaces, Map<String, String> values,
            Map<String, List<String>> errors, String notice) {
        Messages m = Messages.forLocale(locale);
        StringBuilder html = new StringBuilder();
        html.append("<form class=\"aui\" method=\"post\" action=\"/create\">");
        StringBuilder spaceOptions = new StringBuilder();
        for (Space space : spaces) {
            option(spaceOptions, space.getKey(), PageRoutes.spaceName(space, m),
                    values.get("spaceKey"));
        }
        field(html, m, "spaceKey", "piap.preview.form.space", errors,
                "<select id=\"spaceKey\" name=\"spaceKey\">" + spaceOptions + "</select>");
        field(html, m, "settingName", "piap.preview.form.settingName", errors,
                input("settingName", values));
        StringBuilder types = choose(m);
        for (SettingType type : SettingType.values()) {
            option(types, type.formValue(), m.text("piap.preview.setting-type."
                    + type.formValue()), values.get("settingType"));
        }
        field(html, m, "settingType", "piap.preview.form.settingType", errors,
                select("settingType", types));
        StringBuilder authorities = choose(m);
        for (LocalAuthority authority : LocalAuthority.values()) {
            option(authorities, authority.formValue(), authority.displayName(locale),
                    values.get("localAuthority"));
        }
        field(html, m, "localAuthority", "piap.preview.form.localAuthority", errors,
                select("localAuthority", authorities));
        StringBuilder categories = choose(m);
        for (Category category : Category.values()) {
            option(categories, category.formValue(), m.text("piap.preview.category."
                    + category.formValue()), values.get("category"));
        }
        field(html, m, "category", "piap.preview.form.category", errors,
                select("category", categories));
        for (String name : List.of("reportPublished", "directedDeadline")) {
            field(html, m, name, "piap.preview.form." + name, errors, input(name, values));
        }
        field(html, m, WizardField.DIRECTION_REFERENCE, "piap.wizard.direction-reference.label",
                errors, input(WizardField.DIRECTION_REFERENCE, values));
        field(html, m, WizardField.FOCUSED_IMPROVEMENT_HORIZON, "piap.preview.form.horizon",
                errors, input(WizardField.FOCUSED_IMPROVEMENT_HORIZON, values));
        StringBuilder readings = new StringBuilder();
        for (HalfTermReading reading : HalfTermReading.values()) {
            option(readings, reading.formValue(), m.text("piap.preview.form.half-term-reading."
                    + reading.formValue()), values.getOrDefault(WizardField.HALF_TERM_READING,
                    HalfTermReading.HALF_TERMS_COUNT.formValue()));
        }
        field(html, m, WizardField.HALF_TERM_READING, "piap.wizard.half-term-reading.label",
                errors, select(WizardField.HALF_TERM_READING, readings));
        StringBuilder languages = new StringBuilder();
        for (PlanLanguage language : PlanLanguage.values()) {
            option(languages, language.formValue(), m.text("piap.preview.language."
                    + language.formValue()), values.get("planLanguage"));
        }
        field(html, m, "planLanguage", "piap.preview.form.planLanguage", errors,
                select("planLanguage", languages));
        field(html, m, "recommendations", "piap.preview.form.recommendations", errors,
                "<textarea id=\"recommendations\" name=\"recommendations\" rows=\"8\">"
                        + Encode.forHtml(values.getOrDefault("recommendations", ""))
                        + "</textarea>");
        html.append("<div class=\"buttons\"><button type=\"submit\" id=\"create-submit\" "
                + "class=\"aui-button aui-button-primary\">")
                .append(Encode.forHtml(m.text("piap.preview.form.submit")))
                .append("</button></div></form>");
        return summary(m, errors, notice) + html;
    }

    /**
     * Returns the notice and the error summary that go above the form. Errors of fields that
     * the form has no control for are listed here, so no message from the wizard's rules is
     * lost.
     */
    private static String summary(Messages m, Map<String, List<String>> errors, String notice) {
        StringBuilder html = new StringBuilder();
        if (notice != null) {
            html.append("<div class=\"aui-message aui-message-warning\">")
                    .append(Encode.forHtml(notice)).append("</div>");
        }
        if (errors.isEmpty()) {
            return html.toString();
        }
        html.append("<div class=\"aui-message aui-message-error\" role=\"alert\">")
                .append(Encode.forHtml(m.text("piap.preview.form.invalid")))
                .append("</div>");
        for (Map.Entry<String, List<String>> entry : errors.entrySet()) {
            if (!FIELDS.contains(entry.getKey())) {
                errorList(html, entry.getValue());
            }
        }
        return html.toString();
    }

    private static void field(StringBuilder html, Messages m, String name, String labelKey,
            Map<String, List<String>> errors, String control) {
        html.append("<div class=\"field-group\"><label for=\"").append(name).append("\">")
                .append(Encode.forHtml(m.text(labelKey))).append("</label>").append(control);
        errorList(html, errors.get(name));
        html.append("</div>");
    }

    private static void errorList(StringBuilder html, List<String> messages) {
        if (messages == null) {
            return;
        }
        for (String message : messages) {
            html.append("<div class=\"error\">").append(Encode.forHtml(message))
                    .append("</div>");
        }
    }

    private static String input(String name, Map<String, String> values) {
        return "<input class=\"text\" type=\"text\" id=\"" + name + "\" name=\"" + name
                + "\" value=\"" + Encode.forHtmlAttribute(values.getOrDefault(name, "")) + "\">";
    }

    private static String select(String name, StringBuilder options) {
        return "<select id=\"" + name + "\" name=\"" + name + "\">" + options + "</select>";
    }

    private static StringBuilder choose(Messages m) {
        return new StringBuilder("<option value=\"\">")
                .append(Encode.forHtml(m.text("piap.preview.form.choose"))).append("</option>");
    }

    private static void option(StringBuilder html, String value, String text, String selected) {
        html.append("<option value=\"").append(Encode.forHtmlAttribute(value)).append('"')
                .append(value.equals(selected) ? " selected" : "").append('>')
                .append(Encode.forHtml(text)).append("</option>");
    }
}
