package wales.piap.confluence;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.inject.Named;
import wales.piap.storage.PlanFactsReader;
import wales.piap.storage.PlanFactsReading;

/**
 * Finds the plan a page belongs to: the page itself or its nearest ancestor labelled
 * {@link PlanLabels#HOME}.
 */
@Named
public class PlanLocator {

    /** Returns the plan home page for {@code content}, or empty outside any plan tree. */
    public Optional<Page> findHome(ContentEntityObject content) {
        if (!(content instanceof Page)) {
            return Optional.empty();
        }
        Page page = (Page) content;
        if (hasLabel(page, PlanLabels.HOME)) {
            return Optional.of(page);
        }
        List<Page> ancestors = new ArrayList<>(page.getAncestors());
        Collections.reverse(ancestors);
        for (Page ancestor : ancestors) {
            if (hasLabel(ancestor, PlanLabels.HOME)) {
                return Optional.of(ancestor);
            }
        }
        for (Page parent = page.getParent(); parent != null; parent = parent.getParent()) {
            if (hasLabel(parent, PlanLabels.HOME)) {
                return Optional.of(parent);
            }
        }
        return Optional.empty();
    }

    /** Reads the plan facts from the Page Properties block of the plan home page. */
    public PlanFactsReading readFacts(Page home) {
        return PlanFactsReader.read(home.getBodyAsString());
    }

    /** Tells whether {@code content} carries the label {@code name}. */
    public static boolean hasLabel(ContentEntityObject content, String name) {
        for (Label label : content.getLabels()) {
            if (name.equals(label.getName())) {
                return true;
            }
        }
        return false;
    }
}
