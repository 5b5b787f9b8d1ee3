package wales.piap.plan;

import java.util.List;
import java.util.Objects;

/**
 * A plan as the wizard describes it: its facts and its recommendations in report order.
 *
 * <p>Immutable. The recommendations are cleaned and never empty.
 *
 * @param facts the plan's facts; draft-sent date is always null for a new plan
 * @param recommendations the recommendations' text as published, R1 first
 */
public record WizardInput(PlanFacts facts, List<String> recommendations) {

    /** Checks both parts and copies the list. */
    public WizardInput {
        Objects.requireNonNull(facts, "facts");
        recommendations = List.copyOf(recommendations);
        if (recommendations.isEmpty()) {
            throw new IllegalArgumentException("recommendations must not be empty");
        }
    }
}
