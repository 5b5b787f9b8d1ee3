package wales.piap.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * England and Wales bank holidays within a known date range. Immutable and thread-safe.
 *
 * <p>Inside {@link #known()} a date is a bank holiday exactly when it is listed; outside it,
 * the engine treats every weekday as unknown.
 */
public final class BankHolidays {

    /** Class-path location of the bundled list. */
    public static final String BUNDLED_RESOURCE =
            "/wales/piap/calendar/bank-holidays-england-and-wales.json";

    private final Map<LocalDate, String> names;
    private final DateRange known;
    private final String source;

    /**
     * Creates a list from bank holiday names by date, all of which must lie in {@code known}.
     */
    public BankHolidays(Map<LocalDate, String> names, DateRange known, String source) {
        Objects.requireNonNull(names, "names");
        this.known = Objects.requireNonNull(known, "known");
        this.source = Objects.requireNonNull(source, "source");
        for (LocalDate date : names.keySet()) {
            if (!known.contains(date)) {
                throw new IllegalArgumentException("Bank holiday " + date
                        + " lies outside the known range " + known.first() + " to "
                        + known.last() + "; widen the known range.");
            }
        }
        this.names = Collections.unmodifiableMap(new TreeMap<>(names));
    }

    /** Loads the list bundled with the plugin. */
    public static BankHolidays bundled() {
        try (InputStream in = BankHolidays.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Bundled resource missing: " + BUNDLED_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * Parses a list in the bundled file's JSON shape; throws IllegalArgumentException naming
     * the field and value that are invalid.
     */
    public static BankHolidays parse(String json) {
        return CalendarJsonReader.readBankHolidays(json);
    }

    /** Returns the range inside which the list is complete. */
    public DateRange known() {
        return known;
    }

    /** Returns where the dates come from, in words. */
    public String source() {
        return source;
    }

    /** Tells whether {@code date} lies in the known range. */
    public boolean covers(LocalDate date) {
        return known.contains(date);
    }

    /** Tells whether {@code date} is a listed bank holiday. */
    public boolean isBankHoliday(LocalDate date) {
        return names.containsKey(date);
    }

    /** Returns the name of the bank holiday on {@code date}, if it is one. */
    public Optional<String> name(LocalDate date) {
        return Optional.ofNullable(names.get(date));
    }

    /** Returns every listed bank holiday by date, in date order. */
    public Map<LocalDate, String> all() {
        return names;
    }

    /**
     * Returns this list extended by {@code other}, whose known range must overlap or directly
     * follow or precede this one so that the combined range has no gap.
     */
    public BankHolidays plus(BankHolidays other) {
        Objects.requireNonNull(other, "other");
        boolean touching = known.overlaps(other.known)
                || known.last().plusDays(1).equals(other.known.first())
                || other.known.last().plusDays(1).equals(known.first());
        if (!touching) {
            throw new IllegalArgumentException("Bank holidays known from " + other.known.first()
                    + " to " + other.known.last() + " leave a gap after or before the list known"
                    + " from " + known.first() + " to " + known.last()
                    + "; supply the years in between too.");
        }
        Map<LocalDate, String> merged = new TreeMap<>(names);
        merged.putAll(other.names);
        LocalDate first = known.first().isBefore(other.known.first())
                ? known.first() : other.known.first();
        LocalDate last = known.last().isAfter(other.known.last())
                ? known.last() : other.known.last();
        return new BankHolidays(merged, new DateRange(first, last),
                source + "; " + other.source);
    }
}
