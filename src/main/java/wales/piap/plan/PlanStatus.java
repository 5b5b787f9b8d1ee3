package wales.piap.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Machine-readable state of one plan, stored as the JSON content property
 * {@value #PROPERTY_KEY} on the plan home page so that summaries, the index and scripts using
 * Confluence's REST API read it without parsing pages.
 *
 * <p>Dates are ISO-8601 strings ({@code yyyy-MM-dd}), enums their form values, so the JSON reads
 * the same in every locale. Unknown fields are ignored when reading, so older and newer versions
 * of the app can read each other's snapshots.
 *
 * @param schemaVersion version of this shape, {@value #SCHEMA_VERSION} today
 * @param homePageId id of the plan home page
 * @param settingName name of the school, unit or setting
 * @param settingType form value of the setting type
 * @param localAuthority ISO 3166-2 code of the local authority, such as GB-POW
 * @param category form value of the follow-up category
 * @param language form value of the plan language
 * @param reportPublished publication date of the inspection report
 * @param dueDate date the draft is due at Estyn, or null outside the known calendar
 * @param deadlineState deadline state in lower case, such as "on-track" or "overdue"
 * @param draftSentToEstyn date the draft went to Estyn, or null
 * @param improvementHorizon date by which Estyn expects the improvements, or null
 * @param recommendationCount recommendation pages found
 * @param actionCount actions found across them
 * @param missingCount findings of severity missing
 * @param weakCount findings of severity weak
 * @param inconsistentCount findings of severity inconsistent
 * @param unreadableCount findings of content that could not be read
 * @param ragCounts number of actions per RAG status ("red", "amber", "green", "none")
 * @param problems the first findings as short English text, for scripts; capped in length
 * @param lastChange ISO-8601 instant of the change that produced this snapshot
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanStatus(
        int schemaVersion,
        long homePageId,
        String settingName,
        String settingType,
        String localAuthority,
        String category,
        String language,
        String reportPublished,
        String dueDate,
        String deadlineState,
        String draftSentToEstyn,
        String improvementHorizon,
        int recommendationCount,
        int actionCount,
        int missingCount,
        int weakCount,
        int inconsistentCount,
        int unreadableCount,
        Map<String, Integer> ragCounts,
        List<String> problems,
        String lastChange) {

    /** Key of the content property on the plan home page. */
    public static final String PROPERTY_KEY = "piap-status";

    /** Version of the JSON shape written by this release. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Tells whether nothing is missing, inconsistent or unreadable, as the validation report
     * judges a plan complete; weak fields are suggestions and do not count.
     */
    public boolean complete() {
        return missingCount + inconsistentCount + unreadableCount == 0;
    }
}
