package wales.piap.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The part a page plays in a plan's page tree, recorded as a Confluence label so that the
 * index, the listener and the macros can find plan pages without reading them.
 *
 * <p>Every page of a tree carries {@link #PLAN_LABEL} and the label of its role.
 */
public enum PageRole {
    HOME("piap-home"),
    RECOMMENDATION("piap-recommendation"),
    LA_STATEMENT("piap-la-statement"),
    PROGRESS_REVIEWS("piap-progress-reviews");

    /** Label carried by every page of every plan tree. */
    public static final String PLAN_LABEL = "piap-plan";

    private final String label;

    PageRole(String label) {
        this.label = label;
    }

    /** Returns this role's label, such as "piap-home". */
    public String label() {
        return label;
    }

    /** Returns the labels a page with this role carries: the plan label, then the role's. */
    public List<String> labels() {
        return List.of(PLAN_LABEL, label);
    }

    /** Finds the role whose label equals {@code label}, ignoring case. */
    public static Optional<PageRole> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(r -> r.label.equalsIgnoreCase(label.trim()))
                .findFirst();
    }
}
