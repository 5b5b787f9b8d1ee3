package wales.piap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "14/03/2026 | 2026-03-14",
        "by 14.03.2026 | 2026-03-14",
        "14-3-26 | 2026-03-14",
        "14 March 2026 | 2026-03-14",
        "14th Mar 2026 | 2026-03-14",
        "1st of September 2025 | 2025-09-01",
        "March 2026 | 2026-03-31",
        "February 2028 | 2028-02-29",
        "14 Mawrth 2026 | 2026-03-14",
        "erbyn Medi 2026 | 2026-09-30",
        "o Fawrth 2026 | 2026-03-31",
        "30 Mehefin 2025 | 2025-06-30"})
    void readsTypedDate(String text, LocalDate expected) {
        List<TypedDates.Found> found = TypedDates.find(text);

        assertEquals(1, found.size(), text);
        assertEquals(expected, found.get(0).date(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "31/02/2026 | 31/02/2026",
        "30 Chwefror 2026 | 30 Chwefror 2026",
        "12/13/2026 | 12/13/2026"})
    void reportsDateThatNamesNoDay(String text, String invalid) {
        List<TypedDates.Found> found = TypedDates.find(text);

        assertEquals(1, found.size(), text);
        assertEquals(invalid, found.get(0).invalidText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "summer term 2026", "2026", "85% by the end of the year", "R1.2 and R1.3",
        "Year 6 pupils", "1.5 hours a week", "14 March"})
    void ignoresTextWithoutDate(String text) {
        assertEquals(List.of(), TypedDates.find(text));
    }

    @org.junit.jupiter.api.Test
    void keepsDatesInTextOrder() {
        List<TypedDates.Found> found = TypedDates.find("July 2026, then 01/03/2026, then May 2027");

        assertEquals(List.of(LocalDate.of(2026, 7, 31), LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 5, 31)), found.stream().map(TypedDates.Found::date).toList());
    }

    @org.junit.jupiter.api.Test
    void reportsEveryInvalidDate() {
        List<TypedDates.Found> found = TypedDates.find("Milestone 30/02/2027 and 03/14/2027");

        assertEquals(List.of("30/02/2027", "03/14/2027"),
                found.stream().map(TypedDates.Found::invalidText).toList());
    }
}
