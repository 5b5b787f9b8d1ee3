package wales.piap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import wales.piap.plan.CellContent;
import wales.piap.plan.SchoolTerm;
import wales.piap.plan.TermReference;
import wales.piap.plan.TermReference.Boundary;

class TermPhrasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "end of the spring term 2026 | SPRING | 2026 | END | end of the spring term 2026",
        "by the end of summer term 2026 | SUMMER | 2026 | END | the end of summer term 2026",
        "start of the autumn term 2025 | AUTUMN | 2025 | START | start of the autumn term 2025",
        "Beginning of the Summer Term 2027 | SUMMER | 2027 | START "
                + "| Beginning of the Summer Term 2027",
        "autumn term 2025 | AUTUMN | 2025 | END | autumn term 2025",
        "BY SPRING TERM 2026 | SPRING | 2026 | END | SPRING TERM 2026",
        "review in the summer-term, 2026 | SUMMER | 2026 | END | the summer-term, 2026",
        "end of the autumn term of 2025 | AUTUMN | 2025 | END | end of the autumn term of 2025",
        "autumn term 2025/26 | AUTUMN | 2025 | END | autumn term 2025/26",
        "spring term 2025/26 | SPRING | 2026 | END | spring term 2025/26",
        "summer term 2025-2026 | SUMMER | 2026 | END | summer term 2025-2026",
        "end of the spring term 2026/2027 | SPRING | 2027 | END "
                + "| end of the spring term 2026/2027",
        "end of the spring term 2026-27 | SPRING | 2027 | END "
                + "| end of the spring term 2026-27",
        "autumn term 2026/2027 | AUTUMN | 2026 | END | autumn term 2026/2027",
        "spring term 2026 / 2027 | SPRING | 2027 | END | spring term 2026 / 2027",
        "summer term 2026\u201327 | SUMMER | 2027 | END | summer term 2026\u201327",
        "diwedd tymor y gwanwyn 2026/2027 | SPRING | 2027 | END "
                + "| diwedd tymor y gwanwyn 2026/2027",
        "diwedd tymor y gwanwyn 2026 | SPRING | 2026 | END | diwedd tymor y gwanwyn 2026",
        "erbyn diwedd tymor yr haf 2026 | SUMMER | 2026 | END | diwedd tymor yr haf 2026",
        "dechrau tymor yr hydref 2025 | AUTUMN | 2025 | START | dechrau tymor yr hydref 2025",
        "tymor yr hydref 2025 | AUTUMN | 2025 | END | tymor yr hydref 2025",
        "ar ddechrau tymor yr haf 2026 | SUMMER | 2026 | START | ddechrau tymor yr haf 2026",
        "ar ddiwedd y tymor y gwanwyn 2026 | SPRING | 2026 | END | tymor y gwanwyn 2026",
        "yn nhymor yr Haf 2026 | SUMMER | 2026 | END | nhymor yr Haf 2026",
        "Diwedd Tymor Yr Hydref 2026 | AUTUMN | 2026 | END | Diwedd Tymor Yr Hydref 2026"})
    void readsTermPhrase(String text, SchoolTerm term, int year, Boundary boundary,
            String written) {
        List<TermPhrases.Found> found = TermPhrases.find(text);

        assertEquals(1, found.size(), text);
        assertEquals(term, found.get(0).term(), text);
        assertEquals(year, found.get(0).year(), text);
        assertEquals(boundary, found.get(0).boundary(), text);
        assertEquals(written, found.get(0).text(), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "termly", "reviewed termly by governors", "the term ahead", "end of term 2026",
        "summer 2026", "summer 2026 term planning", "summer term planning 2026",
        "spring term", "autumn terms 2025", "midterm 2026", "haf 2026", "tymor yr haf",
        "bob tymor", "spring term 2025/27", "spring term 20261", "summer term 2026-12",
        "Hydref 2025", "the winter term 2026"})
    void ignoresTextWithoutTerm(String text) {
        assertEquals(List.of(), TermPhrases.find(text), text);
    }

    @Test
    void spacedDashAfterYearIsNoSchoolYear() {
        List<TermPhrases.Found> found = TermPhrases.find("summer term 2026 - 12 pupils");

        assertEquals(1, found.size());
        assertEquals(2026, found.get(0).year());
    }

    @Test
    void keepsPhrasesInTextOrder() {
        List<TermPhrases.Found> found = TermPhrases.find(
                "diwedd tymor yr haf 2026, start of the spring term 2026");

        assertEquals(List.of(SchoolTerm.SUMMER, SchoolTerm.SPRING),
                found.stream().map(TermPhrases.Found::term).toList());
    }

    @Test
    void welshAutumnIsNotOctober() {
        CellContent cell = read("<td>Erbyn diwedd tymor yr hydref 2025</td>");

        assertEquals(List.of(), cell.dates());
        assertEquals(List.of(new TermReference(SchoolTerm.AUTUMN, 2025, Boundary.END,
                "diwedd tymor yr hydref 2025", 0)), cell.termReferences());
    }

    @Test
    void cellPlacesTermsAmongDates() {
        CellContent cell = read("<td><p>Audit by 14/10/2025.</p><p>Training by the end of the "
                + "autumn term 2025.</p><p>Review <time datetime=\"2026-02-27\" /> and at the "
                + "start of the summer term 2026.</p></td>");

        assertEquals(List.of(LocalDate.of(2025, 10, 14), LocalDate.of(2026, 2, 27)),
                cell.dates());
        assertEquals(List.of(
                new TermReference(SchoolTerm.AUTUMN, 2025, Boundary.END,
                        "the end of the autumn term 2025", 1),
                new TermReference(SchoolTerm.SUMMER, 2026, Boundary.START,
                        "the start of the summer term 2026", 2)), cell.termReferences());
    }

    @Test
    void cellReadsFullSchoolYearAsTerm() {
        CellContent cell = read("<td>By the end of the spring term 2026/2027</td>");

        assertEquals(List.of(), cell.dates());
        assertEquals(List.of(), cell.invalidDates());
        assertEquals(List.of(new TermReference(SchoolTerm.SPRING, 2027, Boundary.END,
                "the end of the spring term 2026/2027", 0)), cell.termReferences());
    }

    @Test
    void joinedCellsKeepTermPlaces() {
        CellContent first = read("<td>14/10/2025 and 01/12/2025</td>");
        CellContent second = read("<td>end of the spring term 2026</td>");

        CellContent joined = first.plus(second);

        assertEquals(2, joined.termReferences().get(0).datesBefore());
    }

    private static CellContent read(String storage) {
        StorageFragment fragment = StorageFragment.parse(storage);
        return CellReader.read(fragment.content().selectFirst("td"));
    }
}
