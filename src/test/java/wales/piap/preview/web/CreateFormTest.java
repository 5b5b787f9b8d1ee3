package wales.piap.preview.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The create form's controls and where it shows each field's messages. */
class CreateFormTest {

    private static final Locale WELSH = new Locale("cy", "GB");

    private static String errorAfter(String html, String fieldId) {
        int control = html.indexOf("id=\"" + fieldId + "\"");
        int group = html.indexOf("</div>", html.indexOf("<div class=\"error\">", control));
        return control < 0 ? "" : html.substring(control, Math.max(control, group));
    }

    @Test
    void formHasWizardOptionalFields() {
        String html = CreateForm.html(Locale.UK, List.of(), Map.of(), Map.of(), null);

        assertTrue(html.contains("name=\"halfTermReading\""), html);
        assertTrue(html.contains("<option value=\"half-terms-count\" selected>"),
                "counting is the default");
        assertTrue(html.contains("<option value=\"half-terms-skipped\">"));
        assertTrue(html.contains("name=\"directionReference\""));
        assertTrue(html.contains("name=\"focusedImprovementHorizon\""));
        assertTrue(html.contains(">One-week half-terms</label>"));
        assertTrue(html.contains(">Direction reference (optional)</label>"));
    }

    @Test
    void welshFormLabelsNewFields() {
        String html = CreateForm.html(WELSH, List.of(), Map.of(), Map.of(), null);

        assertTrue(html.contains(">Hanner tymhorau wythnos o hyd</label>"), html);
        assertTrue(html.contains(">Cyfeirnod y cyfarwyddyd (dewisol)</label>"));
        assertTrue(html.contains("Disgwylir gwelliant erbyn"));
    }

    @Test
    void chosenReadingIsKept() {
        String html = CreateForm.html(Locale.UK, List.of(),
                Map.of("halfTermReading", "half-terms-skipped"), Map.of(), null);

        assertTrue(html.contains("<option value=\"half-terms-skipped\" selected>"), html);
    }

    @Test
    void fieldErrorShownNextToField() {
        String html = CreateForm.html(Locale.UK, List.of(), Map.of(),
                Map.of("focusedImprovementHorizon", List.of("horizon is wrong")), null);

        assertTrue(errorAfter(html, "focusedImprovementHorizon").contains("horizon is wrong"),
                html);
    }

    @Test
    void errorOfUnshownFieldIsListed() {
        String html = CreateForm.html(Locale.UK, List.of(), Map.of(),
                Map.of("someFutureField", List.of("future field is wrong")), null);

        assertTrue(html.contains("<div class=\"error\">future field is wrong</div>"), html);
    }
}
