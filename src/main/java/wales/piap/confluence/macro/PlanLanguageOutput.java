package wales.piap.confluence.macro;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import wales.piap.plan.PlanFacts;
import wales.piap.render.Messages;

/**
 * Renders macro output in the plan's language: once for an English or Welsh plan, and twice
 * side by side, Welsh first and with equal width, for a bilingual plan.
 *
 * <p>The layout uses inline styles, so PDF, Word and email exports keep the two columns
 * without the app's stylesheet.
 */
final class PlanLanguageOutput {

    private PlanLanguageOutput() {
    }

    /**
     * Returns {@code body} rendered with the messages of each of the plan's languages, or with
     * {@code viewer}'s messages when the plan's facts could not be read.
     */
    static String render(PlanFacts facts, Messages viewer, Function<Messages, String> body) {
        if (facts == null) {
            return body.apply(viewer);
        }
        List<Locale> locales = facts.language().locales();
        if (locales.size() == 1) {
            return body.apply(Messages.forLocale(locales.get(0)));
        }
        List<String> parts = locales.stream()
                .map(locale -> body.apply(Messages.forLocale(locale))).toList();
        if (parts.stream().allMatch(String::isEmpty)) {
            return "";
        }
        StringBuilder html = new StringBuilder(
                "<div class=\"piap-bilingual\" style=\"display:flex;flex-wrap:wrap;gap:16px\">");
        for (int i = 0; i < locales.size(); i++) {
            html.append("<div lang=\"").append(locales.get(i).getLanguage())
                    .append("\" style=\"flex:1 1 320px;min-width:0\">")
                    .append(parts.get(i))
                    .append("</div>");
        }
        return html.append("</div>").toString();
    }
}
