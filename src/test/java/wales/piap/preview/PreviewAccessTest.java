package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the user switch (?as=) and that restricted pages stay hidden on every route. */
class PreviewAccessTest extends RunningPreview {

    private static final List<String> USERS = List.of("admin", "head", "la-officer",
            "inspector", "anonymous");

    @Test
    void unknownUserGives400NamingValueAndUsers() throws Exception {
        HttpResponse<String> response = client.get("/?as=inspecter");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("&#34;inspecter&#34;")
                || response.body().contains("\"inspecter\""), response.body());
        for (String user : USERS) {
            assertTrue(response.body().contains(user), "lists " + user);
        }
    }

    @Test
    void unknownUserKeepsPreviousCookie() throws Exception {
        HttpResponse<String> response = client.getWithCookie("/?as=inspecter", "piap-as=head");

        assertEquals(400, response.statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").stream()
                .noneMatch(c -> c.startsWith("piap-as=")), "no user cookie set");
        assertTrue(response.body().contains("class=\"current\">head</a>"),
                "previous user still shown as current");
    }

    @Test
    void unknownUserCannotSaveEdit() throws Exception {
        String location = createPlan("Ysgol Anhysbys");

        HttpResponse<String> response = client.post(location + "/edit?as=inspecter",
                Map.of("version", "1", "restrictions", "", "labels", "",
                        "body", "<p>overwritten</p>"));

        assertEquals(400, response.statusCode());
        assertTrue(client.get(location + "/storage").body().contains("Ysgol Anhysbys"));
        assertEquals(1, host.services().pageManager().page(id(location)).getVersion());
    }

    @Test
    void knownUserSetsCookie() throws Exception {
        HttpResponse<String> response = client.get("/?as=la-officer");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("piap-as=la-officer;")));
    }

    @Test
    void hostileUserValueIsEscaped() throws Exception {
        HttpResponse<String> response = client.get("/?as=%3Cscript%3Ex%3C/script%3E");

        assertEquals(400, response.statusCode());
        assertFalse(response.body().contains("<script>"), response.body());
        assertTrue(response.body().contains("&lt;script&gt;"));
    }

    @Test
    void hiddenPageIs404OnEveryRoute() throws Exception {
        String location = restrictedToHead("Ysgol Gudd");
        Map<String, String> edit = Map.of("version", "2", "restrictions", "inspector",
                "labels", "", "body", "<p>taken over</p>");
        Map<String, String> child = Map.of("title", "Child", "body", "<p/>", "labels", "");

        assertEquals(404, client.get(location + "?as=inspector").statusCode());
        assertEquals(404, client.get(location + "/storage?as=inspector").statusCode());
        assertEquals(404, client.get(location + "/edit?as=inspector").statusCode());
        assertEquals(404, client.post(location + "/edit?as=inspector", edit).statusCode());
        assertEquals(404, client.get(location + "/create-child?as=inspector").statusCode());
        assertEquals(404, client.post(location + "/create-child?as=inspector", child)
                .statusCode());
        assertEquals(404, client.get(location + "/edit?as=anonymous").statusCode());
        assertEquals(2, host.services().pageManager().page(id(location)).getVersion(),
                "page unchanged");
    }

    @Test
    void hiddenAndMissingPagesLookTheSame() throws Exception {
        String location = restrictedToHead("Ysgol Gyfrinachol");

        HttpResponse<String> hidden = client.get(location + "/edit?as=inspector");
        HttpResponse<String> missing = client.get("/pages/999999/edit?as=inspector");

        assertEquals(missing.statusCode(), hidden.statusCode());
        assertFalse(hidden.body().contains("Ysgol Gyfrinachol"), "title not revealed");
    }

    @Test
    void visiblePageGives403ToAnonymousEditor() throws Exception {
        String location = createPlan("Ysgol Agored");

        assertEquals(200, client.get(location + "?as=anonymous").statusCode());
        assertEquals(403, client.get(location + "/edit?as=anonymous").statusCode());
        assertEquals(403, client.get(location + "/create-child?as=anonymous").statusCode());
    }

    private String restrictedToHead(String name) throws Exception {
        String location = createPlan(name);
        String body = client.get(location + "/storage").body();
        HttpResponse<String> saved = client.post(location + "/edit?as=head", Map.of(
                "version", "1", "restrictions", "head", "body", body));
        assertEquals(303, saved.statusCode(), saved.body());
        return location;
    }

    private String createPlan(String name) throws Exception {
        HttpResponse<String> response = client.post("/create",
                PreviewHostTest.validForm(name));
        assertEquals(303, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static long id(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
