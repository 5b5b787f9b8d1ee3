package wales.piap.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Locale;
import java.util.Set;

/** What a macro may put in each Confluence output type. */
public final class OutputTypes {

    /** Output types read away from the live page: no script, no relative dates, no widgets. */
    private static final Set<String> STATIC_TYPES =
            Set.of("pdf", "word", "html_export", "email", "feed", "diff");

    private OutputTypes() {
    }

    /**
     * Tells whether {@code context} renders for an export, an email, a feed or a diff, where
     * output must be plain static HTML; a null context or output type counts as display.
     */
    public static boolean isStatic(ConversionContext context) {
        if (context == null || context.getOutputType() == null) {
            return false;
        }
        return STATIC_TYPES.contains(context.getOutputType().toLowerCase(Locale.ROOT));
    }
}
