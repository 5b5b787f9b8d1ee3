package wales.piap.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns a milestone written as a school term into a date with the school's calendar.
 *
 * <p>Kept as an interface so that this package does not depend on the calendar package, which
 * already depends on it.
 */
@FunctionalInterface
public interface TermResolver {

    /**
     * Returns the first or last term day that {@code reference} names, or empty when the
     * school calendar does not contain that term.
     */
    Optional<LocalDate> resolve(TermReference reference);
}
