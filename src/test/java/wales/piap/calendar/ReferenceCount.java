package wales.piap.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An independent, deliberately plain count of the statutory deadline for Cardiff and Powys
 * from September 2025 to December 2026, written from the published dates without reading the
 * bundled data or calling production code.
 */
final class ReferenceCount {

    private static final Set<LocalDate> BANK_HOLIDAYS = Set.of(
            LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));

    /** Christmas, Easter and summer: two weeks or more, skipped under both readings. */
    private static final List<LocalDate[]> LONG_HOLIDAYS = List.of(
            span(2025, 12, 22, 2026, 1, 2),
            span(2026, 3, 30, 2026, 4, 10),
            span(2026, 7, 21, 2026, 8, 31));

    /** One-week half-terms: counted or skipped depending on the reading. */
    private static final List<LocalDate[]> HALF_TERMS = List.of(
            span(2025, 10, 27, 2025, 10, 31),
            span(2026, 2, 16, 2026, 2, 20),
            span(2026, 5, 25, 2026, 5, 29),
            span(2026, 10, 26, 2026, 10, 30));

    private static final LocalDate LAST_KNOWN = LocalDate.of(2026, 12, 18);

    private ReferenceCount() {
    }

    /** Returns the 20th working day after {@code published}. */
    static LocalDate dueDate(LocalDate published, boolean skipHalfTerms) {
        LocalDate day = published;
        int counted = 0;
        while (counted < 20) {
            day = day.plusDays(1);
            if (day.isAfter(LAST_KNOWN)) {
                throw new IllegalStateException("reference count has no dates after "
                        + LAST_KNOWN);
            }
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean off = weekend || BANK_HOLIDAYS.contains(day) || in(LONG_HOLIDAYS, day)
                    || (skipHalfTerms && in(HALF_TERMS, day));
            if (!off) {
                counted++;
            }
        }
        return day;
    }

    private static boolean in(List<LocalDate[]> spans, LocalDate day) {
        for (LocalDate[] span : spans) {
            if (!day.isBefore(span[0]) && !day.isAfter(span[1])) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate[] span(int y1, int m1, int d1, int y2, int m2, int d2) {
        return new LocalDate[] {LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2)};
    }
}
