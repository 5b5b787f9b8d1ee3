package wales.piap.preview.host;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.user.User;
import java.util.Locale;

/**
 * Locale of the current request: Welsh after {@code ?lang=cy}, British English otherwise.
 * The preview has no user profiles, so every user gets the request's locale.
 */
public final class PreviewLocaleManager implements LocaleManager {

    private static final ThreadLocal<Locale> REQUEST_LOCALE = new ThreadLocal<>();

    /** Sets the locale for the current thread's request; null restores the default. */
    public static void setRequestLocale(Locale locale) {
        if (locale == null) {
            REQUEST_LOCALE.remove();
        } else {
            REQUEST_LOCALE.set(locale);
        }
    }

    @Override
    public Locale getLocale(User user) {
        Locale locale = REQUEST_LOCALE.get();
        return locale == null ? getSiteDefaultLocale() : locale;
    }

    @Override
    public Locale getSiteDefaultLocale() {
        return Locale.UK;
    }
}
