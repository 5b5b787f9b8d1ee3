package wales.piap.calendar;

import java.util.Arrays;
import java.util.Optional;

/** How far a calendar entry can be trusted, from the kind of source it came from. */
public enum Confidence {
    /** Inference, or no dated source for this authority. */
    LOW("low"),
    /** A school page, a news report or another secondary source. */
    MEDIUM("medium"),
    /** An official Welsh Government or council page. */
    HIGH("high");

    private final String dataValue;

    Confidence(String dataValue) {
        this.dataValue = dataValue;
    }

    /** Returns the value used in the calendar JSON files. */
    public String dataValue() {
        return dataValue;
    }

    /** Finds the confidence whose data value equals {@code value}; empty for null or unknown. */
    public static Optional<Confidence> fromDataValue(String value) {
        return Arrays.stream(values()).filter(c -> c.dataValue.equals(value)).findFirst();
    }

    /** Returns the lower of this and {@code other}. */
    public Confidence min(Confidence other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
