package wales.piap.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Language of a plan's pages and of macro output on them. */
public enum PlanLanguage {
    EN("en"),
    CY("cy"),
    BILINGUAL("bilingual");

    /** Locale of Welsh text; Confluence and the JDK both use language code "cy". */
    public static final Locale WELSH = new Locale("cy", "GB");

    /** Locale of English text. */
    public static final Locale ENGLISH = Locale.UK;

    private final String formValue;

    PlanLanguage(String formValue) {
        this.formValue = formValue;
    }

    /** Returns the value used in wizard forms and macro parameters. */
    public String formValue() {
        return formValue;
    }

    /** Returns the i18n key of this language's display name. */
    public String messageKey() {
        return "piap.language." + formValue;
    }

    /**
     * Returns the locales text is written in, in display order: Welsh first for bilingual
     * plans, as Welsh public bodies print it, with both given equal prominence.
     */
    public List<Locale> locales() {
        switch (this) {
            case CY:
                return List.of(WELSH);
            case BILINGUAL:
                return List.of(WELSH, ENGLISH);
            default:
                return List.of(ENGLISH);
        }
    }

    /** Finds the language whose form value equals {@code value} after trimming. */
    public static Optional<PlanLanguage> fromFormValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return Arrays.stream(values()).filter(l -> l.formValue.equals(trimmed)).findFirst();
    }
}
