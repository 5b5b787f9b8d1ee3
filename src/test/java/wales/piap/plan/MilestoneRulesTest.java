package wales.piap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Timescales without a usable date: text with no date, only a mention, invalid dates. */
class MilestoneRulesTest {

    @Test
    void textWithoutDateIsQuoted() {
        List<Finding> findings = check(new CellContent("Ongoing,  summer term", List.of(),
                List.of(), List.of()));

        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.UNREADABLE, finding.severity());
        assertEquals(Field.MILESTONE, finding.field());
        assertEquals("piap.validation.fix.milestone.noDate", finding.messageKey());
        assertEquals(List.of("Ongoing, summer term"), finding.arguments());
    }

    @Test
    void longTextWithoutDateIsShortened() {
        String text = "Staff training continues through the year. ".repeat(5);

        List<Finding> findings = check(new CellContent(text, List.of(), List.of(), List.of()));

        String quoted = findings.get(0).arguments().get(0);
        assertEquals(MilestoneRules.MAX_QUOTED, quoted.length(), quoted);
        assertTrue(quoted.startsWith("Staff training continues"), quoted);
        assertTrue(quoted.endsWith("\u2026"), quoted);
    }

    @Test
    void mentionOnlyIsMissing() {
        List<Finding> findings = check(new CellContent(" ", List.of(), List.of(),
                List.of("8a7f80839a1b2c3d0001")));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Severity.MISSING, findings.get(0).severity());
        assertEquals("piap.validation.fix.milestone.missing", findings.get(0).messageKey());
    }

    @Test
    void everyInvalidDateIsReported() {
        List<Finding> findings = check(new CellContent(
                "Milestone 30/02/2027 and 03/14/2027", List.of(),
                List.of("30/02/2027", "03/14/2027"), List.of()));

        assertEquals(2, findings.size(), findings.toString());
        assertEquals(List.of("30/02/2027"), findings.get(0).arguments());
        assertEquals(List.of("03/14/2027"), findings.get(1).arguments());
        for (Finding finding : findings) {
            assertEquals(Severity.INCONSISTENT, finding.severity());
            assertEquals("piap.validation.fix.milestone.invalid", finding.messageKey());
        }
    }

    private static List<Finding> check(CellContent timescale) {
        ActionRow action = new ActionRow("R1.1", true, text("Train staff"), text("Head"),
                text("LA"), timescale, text("INSET"), text("All staff"),
                text("Governors termly review"));
        FindingSink sink = new FindingSink("1", "R1");
        MilestoneRules.check(action, null, null, sink);
        return sink.findings();
    }

    private static CellContent text(String text) {
        return new CellContent(text, List.of(), List.of(), List.of());
    }
}
