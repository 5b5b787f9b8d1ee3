package wales.piap.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import wales.piap.plan.LocalAuthority;

/**
 * School-year calendars of the Welsh local authorities, as read from a term-dates JSON file.
 * Immutable and thread-safe.
 *
 * <p>A calendar in the file that names no authority is kept in {@link #unassigned()}: that is
 * the shape of a school's own dates (voluntary aided and foundation schools set their own).
 */
public final class TermDates {

    /** Class-path location of the bundled term dates. */
    public static final String BUNDLED_RESOURCE =
            "/wales/piap/calendar/school-term-dates-wales.json";

    private final Map<LocalAuthority, List<SchoolYearCalendar>> byAuthority;
    private final List<SchoolYearCalendar> unassigned;

    /** Creates term dates from calendars by authority and calendars naming no authority. */
    public TermDates(
            Map<LocalAuthority, List<SchoolYearCalendar>> byAuthority,
            List<SchoolYearCalendar> unassigned) {
        Objects.requireNonNull(byAuthority, "byAuthority");
        Map<LocalAuthority, List<SchoolYearCalendar>> copy =
                new EnumMap<>(LocalAuthority.class);
        byAuthority.forEach((authority, years) -> copy.put(authority, List.copyOf(years)));
        this.byAuthority = Collections.unmodifiableMap(copy);
        this.unassigned = List.copyOf(Objects.requireNonNull(unassigned, "unassigned"));
    }

    /** Loads the term dates bundled with the plugin. */
    public static TermDates bundled() {
        try (InputStream in = TermDates.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Bundled resource missing: " + BUNDLED_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * Parses term dates in the bundled file's JSON shape; throws IllegalArgumentException
     * naming the field and value that are invalid.
     */
    public static TermDates parse(String json) {
        return CalendarJsonReader.readTermDates(json);
    }

    /** Returns the school years known for {@code authority}, possibly none. */
    public List<SchoolYearCalendar> yearsFor(LocalAuthority authority) {
        Objects.requireNonNull(authority, "authority");
        return byAuthority.getOrDefault(authority, List.of());
    }

    /** Returns the calendars that name no authority, such as a school's own dates. */
    public List<SchoolYearCalendar> unassigned() {
        return unassigned;
    }

    /**
     * Returns these term dates with {@code extra} laid over them: per authority, a school year
     * in {@code extra} replaces the one with the same label and is added otherwise.
     */
    public TermDates plus(TermDates extra) {
        Objects.requireNonNull(extra, "extra");
        Map<LocalAuthority, List<SchoolYearCalendar>> merged =
                new EnumMap<>(LocalAuthority.class);
        for (LocalAuthority authority : LocalAuthority.values()) {
            List<SchoolYearCalendar> years = replaceByLabel(
                    yearsFor(authority), extra.yearsFor(authority));
            if (!years.isEmpty()) {
                merged.put(authority, years);
            }
        }
        List<SchoolYearCalendar> others = new ArrayList<>(unassigned);
        others.addAll(extra.unassigned);
        return new TermDates(merged, others);
    }

    /**
     * Returns {@code base} with each calendar of {@code replacements} replacing the one with
     * the same school-year label, or added when there is none.
     */
    static List<SchoolYearCalendar> replaceByLabel(
            List<SchoolYearCalendar> base, List<SchoolYearCalendar> replacements) {
        List<SchoolYearCalendar> result = new ArrayList<>(base);
        for (SchoolYearCalendar replacement : replacements) {
            result.removeIf(year -> year.schoolYear().equals(replacement.schoolYear()));
            result.add(replacement);
        }
        return List.copyOf(result);
    }
}
