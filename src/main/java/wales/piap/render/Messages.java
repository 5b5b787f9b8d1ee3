package wales.piap.render;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localised text from the plugin's i18n bundles, for one locale.
 *
 * <p>Bundles are read from the plugin's own class loader, so the same text appears in
 * Confluence and in the preview host whatever languages Confluence has installed. Welsh
 * locales get the Welsh bundles; every other locale gets English, never the JVM default.
 * Instances are immutable and thread-safe.
 */
public final class Messages {

    /** Base names of every bundle, in lookup order; atlassian-plugin.xml lists the same. */
    public static final List<String> BUNDLES = List.of(
            "wales.piap.i18n.core",
            "wales.piap.i18n.blueprint",
            "wales.piap.i18n.deadline",
            "wales.piap.i18n.validation",
            "wales.piap.i18n.preview");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private Messages(Locale locale, List<ResourceBundle> bundles) {
        this.locale = locale;
        this.bundles = bundles;
    }

    /**
     * Loads the bundles for {@code locale}: Welsh for any locale whose language is "cy",
     * English otherwise (including null).
     */
    public static Messages forLocale(Locale locale) {
        Locale resolved = isWelsh(locale) ? new Locale("cy") : Locale.ROOT;
        List<ResourceBundle> loaded = new ArrayList<>();
        ClassLoader loader = Messages.class.getClassLoader();
        for (String baseName : BUNDLES) {
            try {
                loaded.add(ResourceBundle.getBundle(baseName, resolved, loader, NO_FALLBACK));
            } catch (MissingResourceException absent) {
                // A feature bundle not yet written; its keys render as the key itself.
            }
        }
        return new Messages(isWelsh(locale) ? new Locale("cy", "GB") : Locale.UK, loaded);
    }

    /** Tells whether {@code locale} is Welsh; null is not. */
    public static boolean isWelsh(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage());
    }

    /** Returns the locale of this text: {@code cy_GB} or {@code en_GB}. */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the text for {@code key}, formatted by {@link MessageFormat} with {@code args}
     * (every value is a pattern, so bundles write an apostrophe as two); returns the key itself
     * when no bundle has it, so a missing key is visible rather than fatal (the bundle parity
     * tests fail on it).
     */
    public String text(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), locale).format(args);
            }
        }
        return key;
    }

    /** Tells whether some bundle defines {@code key}. */
    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }
}
