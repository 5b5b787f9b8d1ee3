package wales.piap.storage;

import java.util.List;
import java.util.Objects;
import wales.piap.plan.PageRole;

/**
 * A page of a plan tree before it is saved: title, storage-format body and role.
 *
 * @param title page title, unique within the space for one plan, at most 255 characters
 * @param body storage-format XHTML fragment
 * @param role the page's part in the tree, which decides its labels
 */
public record PageDraft(String title, String body, PageRole role) {

    /** Checks that every part is present. */
    public PageDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(role, "role");
    }

    /** Returns the labels the page gets: "piap-plan" and its role's label. */
    public List<String> labels() {
        return role.labels();
    }
}
