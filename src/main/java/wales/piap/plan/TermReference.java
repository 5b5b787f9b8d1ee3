package wales.piap.plan;

import java.util.Objects;

/**
 * A milestone written as a school term, such as "end of the spring term 2026" or "diwedd
 * tymor yr haf 2026", which stands for a date only once the school's calendar is known.
 *
 * <p>Immutable.
 *
 * @param term the term named
 * @param year the calendar year the term falls in
 * @param boundary whether the milestone is the term's first or last term day
 * @param text the phrase as written, for messages
 * @param datesBefore how many of the cell's {@link CellContent#dates()} are written before
 *     this phrase, which places it among them in text order
 */
public record TermReference(
        SchoolTerm term, int year, Boundary boundary, String text, int datesBefore) {

    /** The end of a term that a milestone names. */
    public enum Boundary {
        /** The first term day, as in "start of the autumn term 2025". */
        START,
        /** The last term day, as in "end of the spring term 2026" or "autumn term 2025". */
        END
    }

    /** Checks that every part is present and the position is not negative. */
    public TermReference {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(text, "text");
        if (datesBefore < 0) {
            throw new IllegalArgumentException("datesBefore must be 0 or more, was "
                    + datesBefore);
        }
    }

    /** Returns this reference placed after {@code count} more dates, for joined contents. */
    TermReference after(int count) {
        return new TermReference(term, year, boundary, text, datesBefore + count);
    }
}
