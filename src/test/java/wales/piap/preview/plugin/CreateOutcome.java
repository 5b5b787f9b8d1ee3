package wales.piap.preview.plugin;

import java.util.List;
import java.util.Map;

/**
 * Result of creating a page from the blueprint.
 *
 * @param pageId id of the created page, or 0
 * @param status HTTP status that fits: 303 created, 400 invalid, 404, 409 or 500
 * @param fieldErrors messages per form field, for a 400
 * @param message problem text for other failures, or a notice for a created page; may be null
 */
public record CreateOutcome(long pageId, int status, Map<String, List<String>> fieldErrors,
        String message) {

    static CreateOutcome created(long pageId, String notice) {
        return new CreateOutcome(pageId, 303, Map.of(), notice);
    }

    static CreateOutcome invalid(Map<String, List<String>> fieldErrors) {
        return new CreateOutcome(0, 400, fieldErrors, null);
    }

    static CreateOutcome failed(int status, String message) {
        return new CreateOutcome(0, status, Map.of(), message);
    }

    /** Tells whether the page was created. */
    public boolean isCreated() {
        return status == 303;
    }
}
