package wales.piap.calendar;

import java.util.Arrays;
import java.util.Optional;

/** Kind of school holiday, as term-date lists name them. */
public enum HolidayKind {
    HALF_TERM("half-term"),
    CHRISTMAS("christmas"),
    EASTER("easter"),
    SUMMER("summer"),
    /** A closure a school sets for itself outside the usual four, such as a one-off week. */
    OTHER("other");

    private final String dataValue;

    HolidayKind(String dataValue) {
        this.dataValue = dataValue;
    }

    /** Returns the value used in the calendar JSON files, such as "half-term". */
    public String dataValue() {
        return dataValue;
    }

    /** Finds the kind whose data value equals {@code value}; empty for null or unknown. */
    public static Optional<HolidayKind> fromDataValue(String value) {
        return Arrays.stream(values()).filter(k -> k.dataValue.equals(value)).findFirst();
    }
}
