package wales.piap.confluence;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;

/** Finds the locale of the person viewing a page: their profile, else the site default. */
@Named
public class ViewerLocale {

    private final LocaleManager localeManager;

    @Inject
    public ViewerLocale(@ComponentImport LocaleManager localeManager) {
        this.localeManager = localeManager;
    }

    /** Returns the current user's locale; anonymous viewers get the site default. */
    public Locale current() {
        Locale locale = localeManager.getLocale(AuthenticatedUserThreadLocal.get());
        return locale != null ? locale : localeManager.getSiteDefaultLocale();
    }
}
