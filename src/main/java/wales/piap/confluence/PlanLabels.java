package wales.piap.confluence;

/** Labels the blueprint puts on a plan's pages, so the index and the listeners find them. */
public final class PlanLabels {

    /** On every page of every plan tree. */
    public static final String PLAN = "piap-plan";

    /** On the plan home page only; also the blueprint's index key. */
    public static final String HOME = "piap-home";

    /** On each recommendation page. */
    public static final String RECOMMENDATION = "piap-recommendation";

    /** On the local authority statement page. */
    public static final String LA_STATEMENT = "piap-la-statement";

    /** On the progress reviews page. */
    public static final String PROGRESS_REVIEWS = "piap-progress-reviews";

    private PlanLabels() {
    }
}
