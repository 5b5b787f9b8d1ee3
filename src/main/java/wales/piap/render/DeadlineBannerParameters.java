package wales.piap.render;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import wales.piap.calendar.DeadlineCalculator;
import wales.piap.plan.HalfTermReading;

/**
 * Checked parameters of the deadline banner macro: {@code due-soon-days} (whole working days,
 * 0 to 20, default 5) and {@code half-term-reading} ({@code plan}, the default, or a
 * {@link HalfTermReading} form value that overrides the plan's reading).
 *
 * @param dueSoonDays the due-soon window in working days
 * @param readingOverride the reading to use instead of the plan's, or null to use the plan's
 * @param error localised message naming the invalid parameter and value, or null when valid
 */
public record DeadlineBannerParameters(int dueSoonDays, HalfTermReading readingOverride,
        String error) {

    /** Parameter name of the due-soon window. */
    public static final String DUE_SOON_DAYS = "due-soon-days";

    /** Parameter name of the half-term reading override. */
    public static final String HALF_TERM_READING = "half-term-reading";

    /** Value of {@link #HALF_TERM_READING} that keeps the plan's own reading. */
    public static final String PLAN_READING = "plan";

    /**
     * Checks {@code parameters} (null or missing values take the defaults; other names are
     * ignored) and returns them, or an instance whose {@link #error()} names the bad value.
     */
    public static DeadlineBannerParameters parse(Map<String, String> parameters,
            Messages messages) {
        Objects.requireNonNull(messages, "messages");
        Map<String, String> values = parameters == null ? Map.of() : parameters;

        String daysText = trimmed(values.get(DUE_SOON_DAYS));
        int days = DeadlineCalculator.DEFAULT_DUE_SOON_WINDOW;
        if (!daysText.isEmpty()) {
            Optional<Integer> parsed = parseWindow(daysText);
            if (parsed.isEmpty()) {
                return invalid(DUE_SOON_DAYS, daysText, "piap.deadline.fix.due-soon-days",
                        messages);
            }
            days = parsed.get();
        }

        String readingText = trimmed(values.get(HALF_TERM_READING));
        HalfTermReading override = null;
        if (!readingText.isEmpty() && !PLAN_READING.equals(readingText)) {
            Optional<HalfTermReading> reading = HalfTermReading.fromFormValue(readingText);
            if (reading.isEmpty()) {
                return invalid(HALF_TERM_READING, readingText,
                        "piap.deadline.fix.half-term-reading", messages);
            }
            override = reading.get();
        }
        return new DeadlineBannerParameters(days, override, null);
    }

    /** Returns the reading to use for a plan whose own reading is {@code planReading}. */
    public HalfTermReading readingFor(HalfTermReading planReading) {
        return readingOverride != null ? readingOverride : planReading;
    }

    /** Tells whether every parameter was valid. */
    public boolean valid() {
        return error == null;
    }

    private static Optional<Integer> parseWindow(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= DeadlineCalculator.STATUTORY_WORKING_DAYS) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // Not a whole number; reported to the reader below with the value.
        }
        return Optional.empty();
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    private static DeadlineBannerParameters invalid(String name, String value, String fixKey,
            Messages messages) {
        String error = messages.text("piap.error.invalid-parameter", name, value,
                messages.text(fixKey));
        return new DeadlineBannerParameters(DeadlineCalculator.DEFAULT_DUE_SOON_WINDOW, null,
                error);
    }
}
