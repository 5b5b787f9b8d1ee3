package wales.piap.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanStatus;

/**
 * Works out a plan's deadline state for today from its stored status snapshot, so that a list
 * of plans shows "overdue" on the day a plan becomes overdue, not only after its next edit.
 *
 * <p>The due date itself comes from the snapshot, which was computed with the plan's own
 * calendar; only the working days left are counted here, with the bundled calendar of the
 * plan's local authority and one-week half-terms counted, which can differ from the banner by
 * a day near the due-soon boundary. Stateless and thread-safe.
 */
public final class StoredDeadline {

    private StoredDeadline() {
    }

    /**
     * Returns the state as the lower-case form value ("overdue", "due-soon", ...), or the
     * snapshot's stored state when the dates it needs are missing or unreadable.
     */
    public static String currentState(PlanStatus status, LocalDate today, int dueSoonWindow) {
        if (status.draftSentToEstyn() != null) {
            return "sent-to-estyn";
        }
        Optional<LocalDate> published = parse(status.reportPublished());
        if (published.isPresent() && published.get().isAfter(today)) {
            return "not-yet-published";
        }
        Optional<LocalDate> due = parse(status.dueDate());
        if (due.isEmpty()) {
            return status.deadlineState();
        }
        if (today.equals(due.get())) {
            return "due-today";
        }
        if (today.isAfter(due.get())) {
            return "overdue";
        }
        Optional<LocalAuthority> authority = LocalAuthority.fromFormValue(status.localAuthority());
        if (authority.isEmpty()) {
            return status.deadlineState();
        }
        CalendarAnswer<Integer> left = CalendarCatalogue.bundled().calendarFor(authority.get())
                .countWorkingDays(today, due.get(), HalfTermReading.HALF_TERMS_COUNT);
        if (!left.isKnown()) {
            return status.deadlineState();
        }
        return left.value() <= dueSoonWindow ? "due-soon" : "on-track";
    }

    private static Optional<LocalDate> parse(String isoDate) {
        if (isoDate == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
