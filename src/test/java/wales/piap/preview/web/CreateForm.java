package wales.piap.preview.web;

import com.atlassian.confluence.spaces.Space;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.owasp.encoder.Encode;
import wales.piap.plan.Category;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.SettingType;
import wales.piap.render.Messages;

/**
 * The wizard's form as one HTML page, with the wizard's field names, the 22 local authorities
 * in a select, labels in English or Welsh, the user's values kept and messages per field.
 */
final class CreateForm {

    private CreateForm() {
    }

    static String html(Locale locale, List<Space> spaces, Map<String, String> values,
            Map<String, List<String>> errors, String notice) {
        Messages m = Messages.forLocale(locale);
        StringBuilder html = new StringBuilder();
        if (notice != null) {
            html.append("<div class=\"aui-message aui-message-warning\">")
                    .append(Encode.forHtml(notice)).append("</div>");
        }
        if (!errors.isEmpty()) {
            html.append("<div class=\"aui-message aui-message-error\" role=\"alert\">")
                    .append(Encode.forHtml(m.text("piap.preview.form.invalid")))
                    .append("</div>");
            errorList(html, errors.get("form"));
        }
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
        for (String name : List.of("reportPublished", "directedDeadline", "directionReference")) {
            field(html, m, name, "piap.preview.form." + name, errors, input(name, values));
        }
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
