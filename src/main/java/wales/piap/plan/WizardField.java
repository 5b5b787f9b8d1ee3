package wales.piap.plan;

/**
 * Form names of the plan wizard's fields. The Soy form, the wizard script and the preview
 * host use the same names, and the blueprint context carries the values under them.
 */
public final class WizardField {

    /** Name of the school, unit or setting. */
    public static final String SETTING_NAME = "settingName";
    /** Setting type form value, such as "maintained-school". */
    public static final String SETTING_TYPE = "settingType";
    /** Local authority: a form value such as "gb-pow" or an English or Welsh name. */
    public static final String LOCAL_AUTHORITY = "localAuthority";
    /** Follow-up category form value, such as "special-measures". */
    public static final String CATEGORY = "category";
    /** Date the inspection report was published, yyyy-MM-dd. */
    public static final String REPORT_PUBLISHED = "reportPublished";
    /** Optional shorter deadline directed by the Welsh Ministers, yyyy-MM-dd. */
    public static final String DIRECTED_DEADLINE = "directedDeadline";
    /** Optional reference of the Welsh Ministers' direction. */
    public static final String DIRECTION_REFERENCE = "directionReference";
    /** Plan language form value: "en", "cy" or "bilingual". */
    public static final String PLAN_LANGUAGE = "planLanguage";
    /** Recommendations pasted from the report, one per line. */
    public static final String RECOMMENDATIONS = "recommendations";
    /** Optional date Estyn set for improvement in focused improvement, yyyy-MM-dd. */
    public static final String FOCUSED_IMPROVEMENT_HORIZON = "focusedImprovementHorizon";
    /** Optional half-term reading form value; "half-terms-count" when absent. */
    public static final String HALF_TERM_READING = "halfTermReading";

    private WizardField() {
    }
}
