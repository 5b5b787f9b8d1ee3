package wales.piap.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import wales.piap.plan.PlanLanguage;
import wales.piap.render.DateText;
import wales.piap.render.Messages;

/**
 * Text for the pages of one plan in its language. A bilingual plan gets every label as
 * "Welsh / English", Welsh first and both in the same element, so neither language is less
 * prominent. Immutable and thread-safe.
 */
public final class PageText {

    /** Separator between the Welsh and English halves of a bilingual label. */
    public static final String SEPARATOR = " / ";

    private final List<Messages> messages;

    private PageText(List<Messages> messages) {
        this.messages = messages;
    }

    /** Loads the messages of every locale of {@code language}. */
    public static PageText forLanguage(PlanLanguage language) {
        return new PageText(language.locales().stream().map(Messages::forLocale).toList());
    }

    /** Returns the text of {@code key} in each of the plan's languages, joined. */
    public String text(String key, Object... args) {
        return joined(m -> m.text(key, args));
    }

    /** Returns {@code date} written out in each of the plan's languages, joined. */
    public String date(LocalDate date) {
        return joined(m -> DateText.format(date, m.locale()));
    }

    /** Returns a value computed per language, such as a local authority's name, joined. */
    public String joined(Function<Messages, String> perLanguage) {
        StringJoiner joiner = new StringJoiner(SEPARATOR);
        String previous = null;
        for (Messages each : messages) {
            String text = perLanguage.apply(each);
            // Names the same in both languages ("Powys") are written once.
            if (!text.equals(previous)) {
                joiner.add(text);
            }
            previous = text;
        }
        return joiner.toString();
    }
}
