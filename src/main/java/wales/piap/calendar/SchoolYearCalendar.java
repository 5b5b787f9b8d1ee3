package wales.piap.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The holidays of one school year for one local authority or school, with the date ranges in
 * which they are known.
 *
 * <p>Inside a known range, a weekday that is in no holiday is a term day. Outside every known
 * range nothing is known, so the engine reports such a date instead of guessing. Immutable.
 *
 * @param schoolYear label such as "2025/26"; a calendar supplied later with the same label
 *     replaces this one
 * @param known date ranges whose term and holiday days are known, in date order
 * @param holidays holidays inside the known ranges, in date order, not overlapping
 * @param confidence how far the dates can be trusted for this authority
 * @param source where the dates come from, in words
 * @param note caveats in words, or an empty string
 */
public record SchoolYearCalendar(
        String schoolYear,
        List<DateRange> known,
        List<SchoolHoliday> holidays,
        Confidence confidence,
        String source,
        String note) {

    /**
     * Checks the fields and rejects holidays outside the known ranges or overlapping each other,
     * with a message naming the school year and the dates.
     */
    public SchoolYearCalendar {
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (schoolYear.isBlank()) {
            throw new IllegalArgumentException("School year label is blank; use a label such as"
                    + " \"2027/28\".");
        }
        known = sorted(known, DateRange::first);
        holidays = sorted(holidays, holiday -> holiday.dates().first());
        if (known.isEmpty()) {
            throw new IllegalArgumentException("School year " + schoolYear
                    + " has no known date range; add at least one range of known dates.");
        }
        checkNoOverlap(schoolYear, known);
        checkHolidays(schoolYear, known, holidays);
    }

    /** Tells whether {@code date} lies in one of the known ranges. */
    public boolean covers(LocalDate date) {
        return known.stream().anyMatch(range -> range.contains(date));
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T,
            LocalDate> start) {
        Objects.requireNonNull(items, "list");
        return items.stream().sorted(Comparator.comparing(start)).toList();
    }

    private static void checkNoOverlap(String schoolYear, List<DateRange> known) {
        for (int i = 1; i < known.size(); i++) {
            if (known.get(i - 1).overlaps(known.get(i))) {
                throw new IllegalArgumentException("School year " + schoolYear
                        + " has overlapping known ranges " + known.get(i - 1) + " and "
                        + known.get(i) + "; merge them into one range.");
            }
        }
    }

    private static void checkHolidays(
            String schoolYear, List<DateRange> known, List<SchoolHoliday> holidays) {
        for (int i = 0; i < holidays.size(); i++) {
            SchoolHoliday holiday = holidays.get(i);
            DateRange dates = holiday.dates();
            boolean inside = known.stream().anyMatch(
                    range -> range.contains(dates.first()) && range.contains(dates.last()));
            if (!inside) {
                throw new IllegalArgumentException("Holiday \"" + holiday.name() + "\" ("
                        + dates.first() + " to " + dates.last() + ") in school year "
                        + schoolYear + " lies outside the known dates " + known
                        + "; widen the known range or correct the holiday dates.");
            }
            if (i > 0 && holidays.get(i - 1).dates().overlaps(dates)) {
                throw new IllegalArgumentException("Holidays \"" + holidays.get(i - 1).name()
                        + "\" and \"" + holiday.name() + "\" in school year " + schoolYear
                        + " overlap; each date may belong to one holiday only.");
            }
        }
    }
}
