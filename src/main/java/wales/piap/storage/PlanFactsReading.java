package wales.piap.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wales.piap.plan.Category;
import wales.piap.plan.FieldError;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.SettingType;
import wales.piap.render.Messages;

/**
 * What {@link PlanFactsReader} found on a plan home page: each fact it could read, and a
 * problem for each one it could not. A macro can use the facts it needs, such as the category
 * and publication date for the deadline, even when another row is unreadable.
 *
 * <p>Each problem's {@link FieldError#field()} is the i18n key of the row's label (see
 * {@link PlanFactLabels}), or "details" when the page has no facts block. Immutable.
 */
public final class PlanFactsReading {

    private final String settingName;
    private final SettingType settingType;
    private final LocalAuthority localAuthority;
    private final Category category;
    private final LocalDate reportPublished;
    private final LocalDate directedDeadline;
    private final String directionReference;
    private final LocalDate focusedImprovementHorizon;
    private final PlanLanguage language;
    private final HalfTermReading halfTermReading;
    private final LocalDate draftSentToEstyn;
    private final String planStatus;
    private final List<FieldError> problems;

    PlanFactsReading(Builder builder) {
        this.settingName = builder.settingName;
        this.settingType = builder.settingType;
        this.localAuthority = builder.localAuthority;
        this.category = builder.category;
        this.reportPublished = builder.reportPublished;
        this.directedDeadline = builder.directedDeadline;
        this.directionReference = builder.directionReference;
        this.focusedImprovementHorizon = builder.focusedImprovementHorizon;
        this.language = builder.language;
        this.halfTermReading = builder.halfTermReading;
        this.draftSentToEstyn = builder.draftSentToEstyn;
        this.planStatus = builder.planStatus;
        this.problems = List.copyOf(builder.problems);
    }

    /**
     * Returns the facts when every required one was read: setting name, setting type, local
     * authority, category, publication date and language. Problems with optional rows, or a
     * category that does not fit the setting type, do not prevent this.
     */
    public Optional<PlanFacts> facts() {
        if (settingName == null || settingType == null || localAuthority == null
                || category == null || reportPublished == null || language == null) {
            return Optional.empty();
        }
        return Optional.of(new PlanFacts(settingName, settingType, localAuthority, category,
                reportPublished, directedDeadline, directionReference, language,
                draftSentToEstyn, focusedImprovementHorizon, halfTermReading));
    }

    /** Returns every problem found, in row order; empty when all facts read cleanly. */
    public List<FieldError> problems() {
        return problems;
    }

    /**
     * Returns a problem as a sentence in {@code messages}' language, with the row's label in
     * that language as the first argument.
     */
    public static String describe(FieldError problem, Messages messages) {
        Object[] args = new Object[problem.args().size() + 1];
        args[0] = messages.text(problem.field());
        for (int i = 0; i < problem.args().size(); i++) {
            args[i + 1] = problem.args().get(i);
        }
        return messages.text(problem.messageKey(), args);
    }

    /** Returns the setting's name; empty when the row is missing or blank. */
    public Optional<String> settingName() {
        return Optional.ofNullable(settingName);
    }

    /** Returns the setting type; empty when missing or unreadable. */
    public Optional<SettingType> settingType() {
        return Optional.ofNullable(settingType);
    }

    /** Returns the local authority; empty when missing or unreadable. */
    public Optional<LocalAuthority> localAuthority() {
        return Optional.ofNullable(localAuthority);
    }

    /** Returns the follow-up category; empty when missing or unreadable. */
    public Optional<Category> category() {
        return Optional.ofNullable(category);
    }

    /** Returns the report's publication date; empty when missing or unreadable. */
    public Optional<LocalDate> reportPublished() {
        return Optional.ofNullable(reportPublished);
    }

    /** Returns the directed deadline; empty when none is entered or it is unreadable. */
    public Optional<LocalDate> directedDeadline() {
        return Optional.ofNullable(directedDeadline);
    }

    /** Returns the reference of the direction; empty when none is entered. */
    public Optional<String> directionReference() {
        return Optional.ofNullable(directionReference);
    }

    /** Returns the improvement date Estyn set in focused improvement; empty when not entered. */
    public Optional<LocalDate> focusedImprovementHorizon() {
        return Optional.ofNullable(focusedImprovementHorizon);
    }

    /** Returns the plan's language; empty when missing or unreadable. */
    public Optional<PlanLanguage> language() {
        return Optional.ofNullable(language);
    }

    /** Returns the half-term reading; the default reading when the row is absent. */
    public HalfTermReading halfTermReading() {
        return halfTermReading;
    }

    /** Returns the date the draft went to Estyn; empty while not entered. */
    public Optional<LocalDate> draftSentToEstyn() {
        return Optional.ofNullable(draftSentToEstyn);
    }

    /** Returns the plan status text (the lozenge's title); empty when none is shown. */
    public Optional<String> planStatus() {
        return Optional.ofNullable(planStatus);
    }

    /** Collects values while the reader walks the rows. */
    static final class Builder {
        String settingName;
        SettingType settingType;
        LocalAuthority localAuthority;
        Category category;
        LocalDate reportPublished;
        LocalDate directedDeadline;
        String directionReference;
        LocalDate focusedImprovementHorizon;
        PlanLanguage language;
        HalfTermReading halfTermReading = HalfTermReading.HALF_TERMS_COUNT;
        LocalDate draftSentToEstyn;
        String planStatus;
        final List<FieldError> problems = new ArrayList<>();

        PlanFactsReading build() {
            return new PlanFactsReading(this);
        }
    }
}
