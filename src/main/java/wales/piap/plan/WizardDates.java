package wales.piap.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the wizard's date fields and checks that each date is in the range a plan can have.
 * Used by {@link WizardForm}, which owns the form. Stateless and thread-safe.
 */
final class WizardDates {

    /**
     * Earliest report publication date accepted: the 20-working-day rule for sending the
     * draft plan applies from 1 September 2014, and earlier plans followed a 45-day rule.
     */
    static final LocalDate EARLIEST_PUBLICATION = LocalDate.of(2014, 9, 1);
    /** Latest publication date accepted, in years after today: a plan can start early. */
    static final int PUBLICATION_YEARS_AHEAD = 1;
    /** Latest directed deadline accepted, in years after the report's publication. */
    static final int DIRECTED_DEADLINE_YEARS = 2;

    private static final String ERROR = "piap.blueprint.error.";

    private WizardDates() {
    }

    /**
     * Reads the report publication date and checks it is from {@link #EARLIEST_PUBLICATION}
     * to one year after {@code today}. Returns null, with an error added, when it is not.
     */
    static LocalDate published(Map<String, ?> form, LocalDate today, List<FieldError> errors) {
        LocalDate published = read(form, WizardField.REPORT_PUBLISHED, "report-published", true,
                errors);
        if (published == null) {
            return null;
        }
        LocalDate latest = today.plusYears(PUBLICATION_YEARS_AHEAD);
        if (published.isBefore(EARLIEST_PUBLICATION) || published.isAfter(latest)) {
            errors.add(FieldError.of(WizardField.REPORT_PUBLISHED,
                    ERROR + "report-published.out-of-range", published.toString(),
                    EARLIEST_PUBLICATION.toString(), latest.toString()));
            return null;
        }
        return published;
    }

    /**
     * Reads the optional directed deadline and checks it is from {@code published} to two
     * years after it. Without a valid publication date only the date itself is checked.
     */
    static LocalDate directedDeadline(Map<String, ?> form, LocalDate published,
            List<FieldError> errors) {
        LocalDate directed = read(form, WizardField.DIRECTED_DEADLINE, "directed-deadline",
                false, errors);
        if (directed == null || published == null) {
            return directed;
        }
        if (!directed.isAfter(published)) {
            errors.add(FieldError.of(WizardField.DIRECTED_DEADLINE,
                    ERROR + "directed-deadline.before-publication",
                    directed.toString(), published.toString()));
        }
        LocalDate latest = published.plusYears(DIRECTED_DEADLINE_YEARS);
        if (directed.isAfter(latest)) {
            errors.add(FieldError.of(WizardField.DIRECTED_DEADLINE,
                    ERROR + "directed-deadline.out-of-range", directed.toString(),
                    published.toString(), latest.toString()));
        }
        return directed;
    }

    /** Reads the focused-improvement horizon, which must be after {@code published}. */
    static LocalDate horizon(Map<String, ?> form, LocalDate published, List<FieldError> errors) {
        LocalDate horizon = read(form, WizardField.FOCUSED_IMPROVEMENT_HORIZON, "horizon", false,
                errors);
        if (horizon != null && published != null && !horizon.isAfter(published)) {
            errors.add(FieldError.of(WizardField.FOCUSED_IMPROVEMENT_HORIZON,
                    ERROR + "horizon.not-after-publication",
                    horizon.toString(), published.toString()));
            return null;
        }
        return horizon;
    }

    /**
     * Reads one date field. Text in a date shape that names no real day ("2026-02-31") gets
     * the "nonexistent" message, other unreadable text the "invalid" one.
     */
    private static LocalDate read(Map<String, ?> form, String field, String keyPart,
            boolean required, List<FieldError> errors) {
        String raw = WizardForm.value(form, field);
        if (raw == null || raw.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, ERROR + keyPart + ".missing"));
            }
            return null;
        }
        Optional<LocalDate> parsed = DateInput.parse(raw);
        if (parsed.isPresent()) {
            return parsed.get();
        }
        String problem = DateInput.hasDateShape(raw) ? ".nonexistent" : ".invalid";
        errors.add(FieldError.of(field, ERROR + keyPart + problem, WizardForm.echo(raw)));
        return null;
    }
}
