package wales.piap.plan;

import java.util.Locale;

/**
 * The part of a plan page that a finding is about.
 *
 * <p>Action fields follow the Welsh Government's minimum content of an action plan; the
 * {@code LA_} fields follow its list for the local authority's part of the joint plan.
 */
public enum Field {
    /** The page as a whole, used for markup that could not be read. */
    PAGE,
    RECOMMENDATION_TEXT,
    ACTIONS,
    ACTION,
    LEAD,
    SUPPORT,
    TIMESCALE,
    MILESTONE,
    RESOURCES,
    SUCCESS_CRITERIA,
    QUANTITATIVE_TARGET,
    MONITORING,
    MONITORING_WHO,
    MONITORING_WHEN,
    MONITORING_HOW,
    PARENTS_INFORMED,
    PARENTS_VIEWS_SOUGHT,
    PARENTS_VIEWS_USED,
    LA_CAPACITY,
    LA_ACTIONS,
    /** A statement that no power of intervention will be used, which needs its reasons. */
    LA_POWERS,
    LA_POWER_ADVICE_OR_COLLABORATION,
    LA_POWER_ADDITIONAL_GOVERNORS,
    LA_POWER_INTERIM_EXECUTIVE_BOARD,
    LA_POWER_BUDGET_SUSPENSION,
    LA_POWER_DIRECTIONS;

    /** Returns the i18n key of this field's label, such as {@code piap.validation.field.lead}. */
    public String messageKey() {
        return "piap.validation.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
