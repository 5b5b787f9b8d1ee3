package wales.piap.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import wales.piap.calendar.CalendarCatalogue;
import wales.piap.calendar.TermDates;
import wales.piap.plan.LocalAuthority;

/** Keeps the README's examples working: a reader copies them as they stand. */
class ReadmeExamplesTest {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void calendarExampleParsesAndExtendsCalendar() throws IOException {
        String readme = new String(Files.readAllBytes(Paths.get("README.md")),
                StandardCharsets.UTF_8);
        Matcher block = JSON_BLOCK.matcher(readme);
        assertTrue(block.find(), "README has no json block");

        TermDates added = TermDates.parse(block.group(1));
        CalendarCatalogue catalogue = CalendarCatalogue.bundled()
                .withExtraTermDates(block.group(1));

        assertEquals(1, added.yearsFor(LocalAuthority.GWYNEDD).size());
        assertTrue(block.find(), "README has no second json block, the school's own dates");
        assertEquals(1, TermDates.parse(block.group(1)).unassigned().size(),
                "the own-dates example names no authority and one school year");
        assertTrue(catalogue.calendarFor(LocalAuthority.GWYNEDD)
                .yearCovering(LocalDate.of(2027, 11, 15)).isPresent(),
                "the example's year covers November 2027");
    }
}
