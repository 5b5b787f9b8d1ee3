package wales.piap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.piap.plan.HalfTermReading;

/** Parameter checks of the deadline banner macro. */
class DeadlineBannerParametersTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.UK);

    @Test
    void missingParametersTakeDefaults() {
        DeadlineBannerParameters parameters = DeadlineBannerParameters.parse(null, ENGLISH);

        assertTrue(parameters.valid());
        assertEquals(5, parameters.dueSoonDays());
        assertNull(parameters.readingOverride());
        assertEquals(HalfTermReading.HALF_TERMS_SKIPPED,
                parameters.readingFor(HalfTermReading.HALF_TERMS_SKIPPED));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "0,    plan,               0,  HALF_TERMS_COUNT",
        "' 20 ', half-terms-skipped, 20, HALF_TERMS_SKIPPED",
        "7,    half-terms-count,   7,  HALF_TERMS_COUNT",
    })
    void validParametersAreApplied(String days, String reading, int expectedDays,
            HalfTermReading expectedReading) {
        DeadlineBannerParameters parameters = DeadlineBannerParameters.parse(
                Map.of("due-soon-days", days, "half-term-reading", reading), ENGLISH);

        assertTrue(parameters.valid(), parameters.error());
        assertEquals(expectedDays, parameters.dueSoonDays());
        assertEquals(expectedReading, parameters.readingFor(HalfTermReading.HALF_TERMS_COUNT));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "due-soon-days,     -1",
        "due-soon-days,     21",
        "due-soon-days,     five",
        "due-soon-days,     2.5",
        "half-term-reading, weekly",
        "half-term-reading, <b>x</b>",
    })
    void invalidValueIsNamedWithFix(String name, String value) {
        Map<String, String> values = new HashMap<>();
        values.put(name, value);

        DeadlineBannerParameters parameters = DeadlineBannerParameters.parse(values, ENGLISH);

        assertFalse(parameters.valid());
        assertTrue(parameters.error().contains(name), parameters.error());
        assertTrue(parameters.error().contains("\"" + value + "\""), parameters.error());
        assertFalse(parameters.error().contains("piap."), parameters.error());
    }

    @Test
    void welshErrorIsInWelsh() {
        DeadlineBannerParameters parameters = DeadlineBannerParameters.parse(
                Map.of("due-soon-days", "99"), Messages.forLocale(new Locale("cy", "GB")));

        assertTrue(parameters.error().contains("diwrnodau gwaith"), parameters.error());
    }

    @Test
    void unknownParameterNamesAreIgnored() {
        DeadlineBannerParameters parameters = DeadlineBannerParameters.parse(
                Map.of("onload", "<script>", "due-soon-days", "3"), ENGLISH);

        assertTrue(parameters.valid());
        assertEquals(3, parameters.dueSoonDays());
    }
}
