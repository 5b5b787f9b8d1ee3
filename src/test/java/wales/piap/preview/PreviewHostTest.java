package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewHostTest extends RunningPreview {

    static Map<String, String> validForm(String settingName) throws IOException {
        Map<String, String> form = new LinkedHashMap<>(
                PreviewMain.readCase("wales/piap/preview/pru-significant-improvement.txt"));
        form.put("settingName", settingName);
        form.put("spaceKey", PreviewHost.PLANS_SPACE);
        return form;
    }

    private String create(String settingName) throws Exception {
        HttpResponse<String> response = client.post("/create", validForm(settingName));
        assertEquals(303, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void validFormRedirectsToCreatedPage() throws Exception {
        String location = create("Example Pupil Referral Unit");

        assertTrue(location.matches("/pages/\\d+"), location);
        HttpResponse<String> page = client.get(location);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Example Pupil Referral Unit"));
        assertTrue(page.body().contains("piap-home"), "index label shown");
        assertTrue(treeContains(page.body(), "Improve attendance."),
                "recommendation shown on the home page or a child page");
    }

    /** Tells whether {@code homeHtml} or a child page it links to contains {@code text}. */
    private boolean treeContains(String homeHtml, String text) throws Exception {
        if (homeHtml.contains(text)) {
            return true;
        }
        String[] parts = homeHtml.split("class=\"children\"", 2);
        if (parts.length < 2) {
            return false;
        }
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("href=\"(/pages/\\d+)\"")
                .matcher(parts[1]);
        while (links.find()) {
            if (client.get(links.group(1)).body().contains(text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void invalidFormShowsMessagePerField() throws Exception {
        Map<String, String> form = validForm("");
        form.put("reportPublished", "16/13/2025");
        form.put("recommendations", "Kept recommendation text");

        HttpResponse<String> response = client.post("/create", form);

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Kept recommendation text"), "user's text kept");
        assertTrue(response.body().contains("value=\"16/13/2025\""), "bad date kept");
        String afterName = response.body().split("id=\"settingName\"", 2)[1];
        assertTrue(afterName.split("</div>", 2)[0].contains("class=\"error\""),
                "message next to settingName");
    }

    @Test
    void duplicateTitleGives409WithoutStackTrace() throws Exception {
        create("Ysgol Ddyblyg");

        HttpResponse<String> again = client.post("/create", validForm("Ysgol Ddyblyg"));

        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("already exists"), again.body());
        assertFalse(again.body().contains("Exception"));
        assertFalse(again.body().contains("at wales."));
    }

    @Test
    void scriptInSettingNameComesBackEscaped() throws Exception {
        String hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        String location = create(hostile);

        String body = client.get(location).body();

        assertFalse(body.contains("<script>alert"), "raw script in page");
        assertFalse(body.contains("<img src=x"), "raw img in page");
        assertTrue(body.contains("&lt;script&gt;"), "escaped script text shown");
    }

    @Test
    void wellFormedEditSavesNewVersion() throws Exception {
        String location = create("Ysgol Golygu");

        HttpResponse<String> saved = client.post(location + "/edit", Map.of(
                "version", "1", "restrictions", "",
                "body", "<p>New <strong>text</strong> &nbsp;<time datetime=\"2025-02-03\" /></p>"));

        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(client.get(location + "/storage").body().startsWith("<p>New <strong>"));
        String view = client.get(location).body();
        assertTrue(view.contains("Version 2"));
        assertTrue(view.contains("3 February 2025"));
    }

    @Test
    void malformedEditKeepsTextAndShowsError() throws Exception {
        String location = create("Ysgol Gwall");
        String broken = "<p>Unclosed <strong>bold</p> & stray";

        HttpResponse<String> response = client.post(location + "/edit", Map.of(
                "version", "1", "restrictions", "", "body", broken));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("not well-formed"));
        assertTrue(response.body().contains("&lt;p&gt;Unclosed &lt;strong&gt;bold&lt;/p&gt; "
                + "&amp; stray"), "user's text kept in the textarea");
        assertTrue(client.get(location + "/storage").body().contains("Ysgol Gwall"),
                "stored body unchanged");
    }

    @Test
    void invalidHalfTermReadingIsMarked() throws Exception {
        Map<String, String> form = validForm("Ysgol Hanner Tymor");
        form.put("halfTermReading", "sometimes");

        HttpResponse<String> response = client.post("/create", form);

        assertEquals(400, response.statusCode());
        String afterField = response.body().split("id=\"halfTermReading\"", 2)[1];
        String fieldGroup = afterField.split("class=\"field-group\"", 2)[0];
        assertTrue(fieldGroup.contains("&#34;sometimes&#34;"), fieldGroup);
    }

    @Test
    void staleVersionEditGives409() throws Exception {
        String location = create("Ysgol Fersiwn");
        HttpResponse<String> first = client.post(location + "/edit", Map.of(
                "version", "1", "restrictions", "", "body", "<p>first</p>"));
        assertEquals(303, first.statusCode(), first.body());

        HttpResponse<String> response = client.post(location + "/edit", Map.of(
                "version", "1", "restrictions", "", "body", "<p>late</p>"));

        assertEquals(409, response.statusCode());
        assertTrue(response.body().contains("&lt;p&gt;late&lt;/p&gt;"));
    }

    @Test
    void viewRestrictionHidesPageFromOtherUsers() throws Exception {
        String location = create("Ysgol Gyfyngedig");
        String body = client.get(location + "/storage").body();
        assertEquals(303, client.post(location + "/edit?as=head", Map.of(
                "version", "1", "restrictions", "head", "body", body)).statusCode());

        assertEquals(200, client.get(location + "?as=head").statusCode());
        assertEquals(404, client.get(location + "?as=inspector").statusCode());
        assertEquals(404, client.get(location + "?as=anonymous").statusCode());
        assertEquals(200, client.get(location + "?as=admin").statusCode());
        assertFalse(client.get("/?as=inspector").body().contains("Ysgol Gyfyngedig"));
        assertTrue(client.get("/?as=head").body().contains("Ysgol Gyfyngedig"));
    }

    @Test
    void anonymousCannotCreateOrEdit() throws Exception {
        String location = create("Ysgol Dienw");

        assertEquals(403, client.post("/create?as=anonymous", validForm("Arall")).statusCode());
        assertEquals(403, client.get(location + "/edit?as=anonymous").statusCode());
    }

    @Test
    void bodyOverTwoMegabytesGives413() throws Exception {
        String huge = "body=" + "a".repeat(2 * 1024 * 1024 + 10);

        HttpResponse<String> response = client.postRaw("/create", huge);

        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("2 MB"));
    }

    @Test
    void pagesSurviveRestart() throws Exception {
        String location = create("Ysgol Barhaus");
        String storage = client.get(location + "/storage").body();
        client.post(location + "/edit", Map.of("version", "1", "restrictions", "head",
                "body", storage));
        host.stop();

        host = new PreviewHost(data);
        client = new PreviewClient(host.start(0));

        assertEquals(200, client.get(location + "?as=head").statusCode());
        assertTrue(client.get(location + "?as=head").body().contains("Ysgol Barhaus"));
        assertEquals(404, client.get(location + "?as=inspector").statusCode());
    }

    @Test
    void unknownPathGives404() throws Exception {
        assertEquals(404, client.get("/nothing-here").statusCode());
        assertEquals(404, client.get("/static/../pom.xml").statusCode());
    }

    @Test
    void welshFormUsesWelshLabels() throws Exception {
        String body = client.get("/create?lang=cy").body();

        assertTrue(body.contains("Awdurdod lleol"));
        assertTrue(body.contains("Ynys M\u00f4n"));
    }
}
