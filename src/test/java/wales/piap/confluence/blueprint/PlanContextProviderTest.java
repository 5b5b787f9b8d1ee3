package wales.piap.confluence.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import wales.piap.storage.PlanFactsReader;

class PlanContextProviderTest {

    static Map<String, Object> wizardValues() {
        Map<String, Object> values = new HashMap<>();
        values.put("spaceKey", "PIAP");
        values.put("settingName", "St Mary & St John's <Primary>");
        values.put("settingType", "maintained-school");
        values.put("localAuthority", "gb-pow");
        values.put("category", "special-measures");
        values.put("reportPublished", "2025-01-16");
        values.put("planLanguage", "bilingual");
        values.put("recommendations", "R1. Strengthen safeguarding procedures.\n"
                + "R2. Improve attendance.");
        return values;
    }

    @Test
    void validValuesGiveTitleAndHomeBody() {
        Map<String, Object> context = new PlanContextProvider().getContextMap(wizardValues());

        assertEquals("Cynllun gweithredu \u00f4l-arolygiad / Post-inspection action plan: "
                + "St Mary & St John's <Primary> (2025-01-16)", context.get("ContentPageTitle"));
        String body = (String) context.get(PlanContextProvider.BODY_KEY);
        assertTrue(PlanFactsReader.read(body).facts().isPresent());
    }

    @Test
    void invalidValuesKeepUserTextOnPage() {
        Map<String, Object> values = wizardValues();
        values.put("category", "focused-improvement");
        values.put("recommendations", "Improve <b>writing</b> & reading.");

        Map<String, Object> context = new PlanContextProvider().getContextMap(values);

        String body = (String) context.get(PlanContextProvider.BODY_KEY);
        Parser parser = Parser.xmlParser().setTrackErrors(10);
        String text = parser.parseInput("<r>" + body + "</r>", "").text();
        assertEquals(0, parser.getErrors().size(), parser.getErrors().toString());
        assertTrue(text.contains("Improve <b>writing</b> & reading."), text);
        assertTrue(text.contains("Focused improvement applies only to non-maintained settings"),
                text);
        assertEquals("Cynllun gweithredu \u00f4l-arolygiad (heb ei greu) / Post-inspection action "
                + "plan (not created)", context.get("ContentPageTitle"));
    }
}
