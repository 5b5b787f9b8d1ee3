package wales.piap.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import wales.piap.plan.PlanFacts;

/**
 * Checks the date a plan records for sending its draft to Estyn. A date in the future or before
 * the report's publication cannot be right, so the deadline is counted as if no date were
 * recorded, and the banner names the date and requests a correction.
 */
public final class DraftSentCheck {

    /** Problem with a recorded draft-sent date. */
    public enum Problem {
        /** The date is after today. */
        IN_FUTURE,
        /** The date is before the report was published. */
        BEFORE_PUBLICATION
    }

    private DraftSentCheck() {
    }

    /** Returns the problem with {@code facts}' draft-sent date as of {@code today}, if any. */
    public static Optional<Problem> check(PlanFacts facts, LocalDate today) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(today, "today");
        LocalDate sent = facts.draftSentToEstyn();
        if (sent == null) {
            return Optional.empty();
        }
        if (sent.isAfter(today)) {
            return Optional.of(Problem.IN_FUTURE);
        }
        if (sent.isBefore(facts.reportPublished())) {
            return Optional.of(Problem.BEFORE_PUBLICATION);
        }
        return Optional.empty();
    }

    /** Returns {@code facts} with the draft-sent date removed when it has a problem. */
    public static PlanFacts usable(PlanFacts facts, LocalDate today) {
        if (check(facts, today).isEmpty()) {
            return facts;
        }
        return new PlanFacts(facts.settingName(), facts.settingType(), facts.localAuthority(),
                facts.category(), facts.reportPublished(), facts.directedDeadline(),
                facts.directionReference(), facts.language(), null,
                facts.focusedImprovementHorizon(), facts.halfTermReading());
    }
}
