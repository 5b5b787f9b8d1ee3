package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Creates plans for different local authorities and dates through the wizard form and checks
 * the due date each banner shows; the dates follow from the bundled calendars by hand count.
 */
class DeadlineBannerPreviewTest extends RunningPreview {

    @Test
    void cardiffPlanSkipsChristmasHoliday() throws Exception {
        String body = createAndView("Ysgol Caerdydd", "gb-crf", "2025-12-04", "");

        assertTrue(body.contains("15 January 2026"), body);
    }

    @Test
    void powysPlanCountsFebruaryHalfTerm() throws Exception {
        String body = createAndView("Ysgol Powys", "gb-pow", "2026-02-05", "");

        assertTrue(body.contains("5 March 2026"), "due date with half-term counted");
        assertTrue(body.contains("12 March 2026"), "date under the other reading");
    }

    @Test
    void directedDeadlineReplacesComputedDate() throws Exception {
        String body = createAndView("Ysgol Cyfarwyddyd", "gb-swa", "2026-02-05", "2026-02-20");

        assertTrue(body.contains("20 February 2026"), body);
    }

    @Test
    void publicationBeforeBundledDataIsOutsideCalendar() throws Exception {
        String body = createAndView("Example Pupil Referral Unit", "gb-pow", "2024-07-11", "");

        assertTrue(body.contains("Deadline not known"), "state named in words");
        assertTrue(body.contains("12 July 2024"), "first unknown date named");
    }

    private String createAndView(String name, String authority, String published,
            String directed) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("spaceKey", PreviewHost.PLANS_SPACE);
        form.put("settingName", name);
        form.put("settingType", "maintained-school");
        form.put("localAuthority", authority);
        form.put("category", "significant-improvement");
        form.put("reportPublished", published);
        form.put("directedDeadline", directed);
        form.put("planLanguage", "en");
        form.put("recommendations", "Improve attendance.");
        HttpResponse<String> created = client.post("/create", form);
        assertEquals(303, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String body = client.get(location).body();
        assertFalse(body.contains("is not available"), "every macro of the app was created");
        assertFalse(body.contains("piap-macro-error"), "no macro failed: " + body);
        return body;
    }
}
