package wales.piap.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import org.owasp.encoder.Encode;
import wales.piap.render.Messages;
import wales.piap.storage.PlanFactsReading;

/** Message panels a macro shows instead of its output, in Confluence's message style. */
public final class MacroPanels {

    private MacroPanels() {
    }

    /** Returns an error panel showing {@code message} as escaped text. */
    public static String error(Messages messages, String message) {
        return "<div class=\"aui-message aui-message-error piap-macro-error\" lang=\""
                + messages.locale().getLanguage() + "\"><p>" + Encode.forHtml(message)
                + "</p></div>";
    }

    /** Returns a warning panel showing {@code message} as escaped text. */
    public static String warning(Messages messages, String message) {
        return "<div class=\"aui-message aui-message-warning piap-macro-warning\" lang=\""
                + messages.locale().getLanguage() + "\"><p>" + Encode.forHtml(message)
                + "</p></div>";
    }

    /**
     * Returns the sentence {@code leadKey} followed by one naming each fact of the plan home
     * page that could not be read.
     */
    public static String factsProblems(String leadKey, PlanFactsReading reading,
            Messages messages) {
        StringBuilder text = new StringBuilder(messages.text(leadKey));
        for (var problem : reading.problems()) {
            text.append(' ').append(PlanFactsReading.describe(problem, messages));
        }
        return text.toString();
    }

    /** Describes the page being rendered for a log line: its id, or "no page". */
    public static String describe(ConversionContext context) {
        ContentEntityObject entity = context == null ? null : context.getEntity();
        return entity == null ? "no page" : "page " + entity.getId();
    }
}
