package wales.piap.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The readable content of one table cell or one page section.
 *
 * <p>Immutable. Instructional text ({@code ac:placeholder}) is left out of {@code text}, so a
 * cell holding only instructional text is empty.
 *
 * @param text plain text with whitespace collapsed and trimmed, placeholders removed
 * @param dates dates read from {@code <time datetime>} elements and typed UK dates, in
 *     document order; a month without a day counts as the last day of that month
 * @param invalidDates date-like text that names no real day, such as "31/02/2026" or a
 *     {@code time} element with a bad {@code datetime}, as written
 * @param mentions user keys or user names of {@code @mentions}, in document order
 * @param termReferences milestones written as school terms, in document order; each one
 *     records its place among {@code dates}
 */
public record CellContent(String text, List<LocalDate> dates, List<String> invalidDates,
        List<String> mentions, List<TermReference> termReferences) {

    /** Content with nothing in it. */
    public static final CellContent EMPTY = new CellContent("", List.of(), List.of(), List.of());

    /** Copies the lists and rejects nulls. */
    public CellContent {
        Objects.requireNonNull(text, "text");
        dates = List.copyOf(dates);
        invalidDates = List.copyOf(invalidDates);
        mentions = List.copyOf(mentions);
        termReferences = List.copyOf(termReferences);
    }

    /** Creates content without term references. */
    public CellContent(
            String text, List<LocalDate> dates, List<String> invalidDates, List<String> mentions) {
        this(text, dates, invalidDates, mentions, List.of());
    }

    /** Tells whether there is neither text nor a mention nor a date nor a term reference. */
    public boolean isBlank() {
        return text.isBlank() && mentions.isEmpty() && dates.isEmpty() && invalidDates.isEmpty()
                && termReferences.isEmpty();
    }

    /** Returns this content with {@code newText} in place of its text, as when a label is cut. */
    public CellContent withText(String newText) {
        return new CellContent(newText, dates, invalidDates, mentions, termReferences);
    }

    /** Joins two contents, this one first; used where several cells feed one field. */
    public CellContent plus(CellContent other) {
        if (other.isBlank()) {
            return this;
        }
        if (isBlank()) {
            return other;
        }
        List<TermReference> shifted = other.termReferences.stream()
                .map(reference -> reference.after(dates.size())).toList();
        return new CellContent(
                (text + " " + other.text).trim(),
                concat(dates, other.dates),
                concat(invalidDates, other.invalidDates),
                concat(mentions, other.mentions),
                concat(termReferences, shifted));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        java.util.ArrayList<T> joined = new java.util.ArrayList<>(first);
        joined.addAll(second);
        return joined;
    }
}
