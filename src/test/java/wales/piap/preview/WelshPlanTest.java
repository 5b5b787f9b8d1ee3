package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import wales.piap.render.DateText;
import wales.piap.render.Messages;

/** Creates a Welsh plan through the wizard form and reads it back as a Welsh reader would. */
class WelshPlanTest extends RunningPreview {

    private static final Pattern RAW_KEY = Pattern.compile("\\bpiap\\.[a-z-]+\\.[a-z.-]+");
    private static final Pattern CHILD_LINK = Pattern.compile("href=\"(/pages/\\d+)\"");

    @Test
    void welshPlanReadsInWelshThroughout() throws Exception {
        String home = createWelshPlan();

        String body = client.get(home + "?lang=en").body();

        Messages welsh = Messages.forLocale(new Locale("cy", "GB"));
        assertTrue(body.contains("Gwynedd"), "Welsh name of the authority");
        assertTrue(body.contains(welsh.text("piap.category.special-measures")));
        assertTrue(body.contains("Ionawr") || body.contains("Chwefror")
                        || body.contains("Rhagfyr") || body.contains("Tachwedd"),
                "a date in Welsh");
        assertTrue(body.contains(welsh.text("piap.validation.report.title")),
                "validation report heading in Welsh");
        assertFalse(body.contains("Completeness check"), "no English heading on a Welsh plan");
        assertFalse(RAW_KEY.matcher(body).find(), "raw key on the home page");
    }

    @Test
    void welshRecommendationPageHasWelshHeadings() throws Exception {
        String home = createWelshPlan();
        String homeBody = client.get(home).body();
        String child = firstChildLink(homeBody);

        String body = client.get(child + "?lang=en").body();

        Messages welsh = Messages.forLocale(new Locale("cy", "GB"));
        assertTrue(body.contains(welsh.text("piap.blueprint.recommendation.success-criteria")),
                body);
        assertTrue(body.contains("Cryfhau gweithdrefnau diogelu."), "wording kept");
        assertFalse(RAW_KEY.matcher(body).find(), "raw key on a recommendation page");
    }

    @Test
    void indexShowsWelshPlanToWelshViewer() throws Exception {
        createWelshPlan();

        String body = client.get("/index?lang=cy").body();

        Messages welsh = Messages.forLocale(new Locale("cy", "GB"));
        assertTrue(body.contains("Ysgol Gymraeg Enghraifft"), body);
        assertTrue(body.contains(welsh.text("piap.index.column.deadline-state")));
        assertTrue(body.contains("Gwynedd"));
        assertFalse(RAW_KEY.matcher(body).find(), "raw key on the index");
    }

    @Test
    void bilingualPlanShowsBothLanguages() throws Exception {
        Map<String, String> form = welshForm();
        form.put("planLanguage", "bilingual");
        form.put("settingName", "Ysgol Ddwyieithog");
        String home = location(client.post("/create", form));

        String body = client.get(home).body();

        assertTrue(body.contains("lang=\"cy\""), "Welsh column");
        assertTrue(body.contains("lang=\"en\""), "English column");
        String dueEnglish = DateText.format(LocalDate.now(ZoneId.of("Europe/London")),
                Locale.UK).split(" ")[2];
        assertTrue(body.contains(dueEnglish), "English dates present");
    }

    @Test
    void bodyDateFollowsViewerLanguage() throws Exception {
        String home = createWelshPlan();
        String body = client.get(home + "/storage").body()
                + "<p>Closure <time datetime=\"2026-11-12\" /></p>";
        assertEquals(303, client.post(home + "/edit", Map.of("version", "1",
                "restrictions", "", "body", body)).statusCode());

        String welsh = client.get(home + "?lang=cy").body();
        String english = client.get(home + "?lang=en").body();

        assertTrue(welsh.contains(">12 Tachwedd 2026</time>"), "Welsh viewer");
        assertFalse(welsh.contains("12 November 2026"), "no English date for a Welsh viewer");
        assertTrue(english.contains(">12 November 2026</time>"), "English viewer");
    }

    private String createWelshPlan() throws Exception {
        return location(client.post("/create", welshForm()));
    }

    private static Map<String, String> welshForm() {
        LocalDate published = LocalDate.now(ZoneId.of("Europe/London")).minusDays(7);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("spaceKey", PreviewHost.PLANS_SPACE);
        form.put("settingName", "Ysgol Gymraeg Enghraifft");
        form.put("settingType", "maintained-school");
        form.put("localAuthority", "gb-gwn");
        form.put("category", "special-measures");
        form.put("reportPublished", published.toString());
        form.put("planLanguage", "cy");
        form.put("recommendations", String.join("\n", List.of(
                "Cryfhau gweithdrefnau diogelu.",
                "Gwella presenoldeb disgyblion.")));
        return form;
    }

    private static String location(HttpResponse<String> response) {
        assertEquals(303, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String firstChildLink(String homeBody) {
        String[] parts = homeBody.split("class=\"children\"", 2);
        assertEquals(2, parts.length, "home page lists its children");
        Matcher matcher = CHILD_LINK.matcher(parts[1]);
        assertTrue(matcher.find(), "a child page link");
        return matcher.group(1);
    }
}
