package wales.piap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import wales.piap.plan.CellContent;
import wales.piap.plan.RecommendationContent;

class StorageFragmentTest {

    @Test
    void htmlEntitiesBecomeCharacters() {
        StorageFragment fragment = StorageFragment.parse(
                "<p>a&nbsp;b &rsquo;c&ndash;d &uuml; &amp; &lt;x&gt; &bogus;</p>");

        String text = fragment.content().selectFirst("p").wholeText();

        assertEquals("a\u00a0b \u2019c\u2013d \u00fc & <x> &bogus;", text);
        assertEquals(List.of(), fragment.errors(), "entities are not markup errors");
    }

    @Test
    void selfClosedTimeSwallowsNothing() {
        StorageFragment fragment = StorageFragment.parse(
                "<p>Due <time datetime=\"2026-03-14\" /> then <strong>review</strong></p>");

        CellContent cell = CellReader.read(fragment.content().selectFirst("p"));

        assertEquals("Due then review", cell.text());
        assertEquals(List.of(LocalDate.of(2026, 3, 14)), cell.dates());
    }

    @Test
    void placeholdersAndParametersAreNotContent() {
        StorageFragment fragment = StorageFragment.parse("<td><ac:placeholder>Name the lead"
                + "</ac:placeholder><ac:structured-macro ac:name=\"info\"><ac:parameter "
                + "ac:name=\"title\">Hint</ac:parameter></ac:structured-macro></td>");

        CellContent cell = CellReader.read(fragment.content().selectFirst("td"));

        assertTrue(cell.isBlank(), cell.toString());
    }

    @Test
    void mentionsAndBadTimesAreRead() {
        StorageFragment fragment = StorageFragment.parse("<td><ac:link><ri:user "
                + "ri:userkey=\"8a7f\" /></ac:link> <time datetime=\"2026-02-30\" /></td>");

        CellContent cell = CellReader.read(fragment.content().selectFirst("td"));

        assertEquals(List.of("8a7f"), cell.mentions());
        assertEquals(List.of("2026-02-30"), cell.invalidDates());
    }

    @Test
    void unclosedTagIsReportedAsError() {
        StorageFragment fragment = StorageFragment.parse("<p>open <b>bold</p>");

        assertFalse(fragment.errors().isEmpty());
    }

    @Test
    void doctypeInFragmentIsNotFollowed() {
        String hostile = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>";

        StorageFragment fragment = StorageFragment.parse(hostile);

        assertFalse(fragment.content().text().contains("root:"), "external entity read");
    }

    @Property(tries = 300)
    void parserNeverThrows(@ForAll @StringLength(max = 400) String noise) {
        String storage = "<h2>Recommendation</h2><p>" + noise + "</p><table><tr><th>Action"
                + "</th><th>Lead</th><td>" + noise + "</td></tr></table>" + noise;

        RecommendationContent content = new PlanPageParser()
                .parseRecommendation("1", "R1", storage);

        assertEquals("R1", content.reference());
    }
}
