package wales.piap.storage;

import java.util.List;

/**
 * i18n keys of the rows of the plan home page's Page Properties block, in page order. The
 * generator writes these labels and the facts reader finds rows by them in either language.
 */
public final class PlanFactLabels {

    /** Name of the school, unit or setting. */
    public static final String SETTING = "piap.blueprint.fact.setting";
    /** Setting type. */
    public static final String SETTING_TYPE = "piap.blueprint.fact.setting-type";
    /** Local authority. */
    public static final String LOCAL_AUTHORITY = "piap.blueprint.fact.local-authority";
    /** Follow-up category. */
    public static final String CATEGORY = "piap.blueprint.fact.category";
    /** Date the report was published. */
    public static final String REPORT_PUBLISHED = "piap.blueprint.fact.report-published";
    /** Deadline directed by the Welsh Ministers. */
    public static final String DIRECTED_DEADLINE = "piap.blueprint.fact.directed-deadline";
    /** Reference of the direction. */
    public static final String DIRECTION_REFERENCE = "piap.blueprint.fact.direction-reference";
    /** Date Estyn set for improvement, written only for focused improvement. */
    public static final String HORIZON = "piap.blueprint.fact.horizon";
    /** Language of the plan. */
    public static final String LANGUAGE = "piap.blueprint.fact.language";
    /** How one-week half-terms count in the deadline. */
    public static final String HALF_TERM_READING = "piap.blueprint.fact.half-term-reading";
    /** Status of the plan, as a status lozenge. */
    public static final String PLAN_STATUS = "piap.blueprint.fact.plan-status";
    /** Date the draft went to Estyn, empty until then. */
    public static final String DRAFT_SENT = "piap.blueprint.fact.draft-sent";

    /** Every row key, in page order. */
    public static final List<String> ALL = List.of(SETTING, SETTING_TYPE, LOCAL_AUTHORITY,
            CATEGORY, REPORT_PUBLISHED, DIRECTED_DEADLINE, DIRECTION_REFERENCE, HORIZON, LANGUAGE,
            HALF_TERM_READING, PLAN_STATUS, DRAFT_SENT);

    /** Page Properties ID of the facts block, so reports can pick it out. */
    public static final String DETAILS_ID = "piap-plan-facts";

    private PlanFactLabels() {
    }
}
