package wales.piap.storage;

import java.util.ArrayList;
import java.util.List;
import wales.piap.plan.Field;
import wales.piap.plan.Finding;
import wales.piap.plan.Severity;

/**
 * The unreadable parts a page parser meets, kept until the page's reference is known.
 */
final class PageProblems {

    private record Problem(Field field, String messageKey, List<String> arguments) {
    }

    private final List<Problem> problems = new ArrayList<>();

    void add(Field field, String messageKey, String... arguments) {
        problems.add(new Problem(field, messageKey, List.of(arguments)));
    }

    /** Adds a problem for markup jsoup had to repair, naming its first message. */
    void addMarkupErrors(List<String> errors) {
        if (!errors.isEmpty()) {
            add(Field.PAGE, "piap.validation.fix.page.malformed", errors.get(0));
        }
    }

    /** Returns the problems as UNREADABLE findings on {@code reference} of the page. */
    List<Finding> toFindings(String reference, String pageId, String pageTitle) {
        List<Finding> findings = new ArrayList<>();
        for (Problem problem : problems) {
            findings.add(new Finding(Severity.UNREADABLE, reference, problem.field(),
                    problem.messageKey(), problem.arguments(), pageId, pageTitle));
        }
        return findings;
    }
}
