package wales.piap.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts of one plan, as the wizard collects them and the plan home page's Page Properties
 * block records them.
 *
 * <p>Immutable and thread-safe. Nullable fields are marked; the others are required.
 *
 * @param settingName name of the school, unit or setting as published, never blank
 * @param settingType kind of provider
 * @param localAuthority the maintaining or responsible local authority
 * @param category Estyn follow-up category
 * @param reportPublished date Estyn published the inspection report
 * @param directedDeadline shorter period directed by the Welsh Ministers, or null
 * @param directionReference reference of that direction, or null
 * @param language language of the plan's pages
 * @param draftSentToEstyn date the draft plan went to Estyn, or null while not yet sent
 * @param focusedImprovementHorizon date Estyn set for improvement in focused improvement, or null
 * @param halfTermReading how one-week half-terms count in the deadline
 */
public record PlanFacts(
        String settingName,
        SettingType settingType,
        LocalAuthority localAuthority,
        Category category,
        LocalDate reportPublished,
        LocalDate directedDeadline,
        String directionReference,
        PlanLanguage language,
        LocalDate draftSentToEstyn,
        LocalDate focusedImprovementHorizon,
        HalfTermReading halfTermReading) {

    /** Checks the required fields; throws NullPointerException naming the missing one. */
    public PlanFacts {
        Objects.requireNonNull(settingName, "settingName");
        Objects.requireNonNull(settingType, "settingType");
        Objects.requireNonNull(localAuthority, "localAuthority");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reportPublished, "reportPublished");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(halfTermReading, "halfTermReading");
    }

    /**
     * Returns the date by which Estyn expects the improvements: one year after publication for
     * significant improvement, two for special measures, and the date Estyn set for focused
     * improvement (null when not yet entered).
     */
    public LocalDate improvementHorizon() {
        if (category == Category.FOCUSED_IMPROVEMENT) {
            return focusedImprovementHorizon;
        }
        return reportPublished.plusYears(category.horizonYears());
    }
}
