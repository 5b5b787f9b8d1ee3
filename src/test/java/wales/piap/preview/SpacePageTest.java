package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /spaces/{KEY}/create-page: top-level pages such as a space's calendar page. */
class SpacePageTest extends RunningPreview {

    private static Map<String, String> calendarForm(String title) {
        return Map.of("title", title, "labels", "piap-calendar",
                "body", "<p>Term dates</p>");
    }

    @Test
    void homeLinksToSpacePageForm() throws Exception {
        String body = client.get("/").body();

        assertTrue(body.contains("href=\"/spaces/LA/create-page\""), body);
        assertTrue(body.contains("href=\"/spaces/PLANS/create-page\""));
        assertTrue(body.contains(">Create page in this space</a>"));
    }

    @Test
    void formPostsToSpaceRoute() throws Exception {
        HttpResponse<String> response = client.get("/spaces/LA/create-page");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("action=\"/spaces/LA/create-page\""));
        assertTrue(response.body().contains("name=\"title\""));
        assertTrue(response.body().contains("name=\"labels\""));
    }

    @Test
    void savedPageIsTopLevelInSpace() throws Exception {
        HttpResponse<String> response = client.post("/spaces/LA/create-page",
                calendarForm("Powys term dates"));

        assertEquals(303, response.statusCode(), response.body());
        Page page = host.services().pageManager().getPage("LA", "Powys term dates");
        assertEquals(response.headers().firstValue("Location").orElseThrow(),
                "/pages/" + page.getId());
        assertNull(page.getParent(), "top level");
        assertTrue(page.getLabels().contains(new Label("piap-calendar")));
        assertTrue(page.getBodyAsString().contains("Term dates"));
    }

    @Test
    void anonymousIsRejected() throws Exception {
        HttpResponse<String> response = client.post("/spaces/LA/create-page?as=anonymous",
                calendarForm("Anonymous dates"));

        assertEquals(403, response.statusCode());
        assertNull(host.services().pageManager().getPage("LA", "Anonymous dates"));
    }

    @Test
    void unknownSpaceGives404() throws Exception {
        HttpResponse<String> response = client.get("/spaces/NOPE/create-page");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("&#34;NOPE&#34;"), response.body());
    }

    @Test
    void missingTitleKeepsText() throws Exception {
        HttpResponse<String> response = client.post("/spaces/LA/create-page",
                Map.of("title", " ", "labels", "piap-calendar", "body", "<p>kept</p>"));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("&lt;p&gt;kept&lt;/p&gt;"));
        assertTrue(response.body().contains("value=\"piap-calendar\""));
    }

    @Test
    void duplicateTitleGives409() throws Exception {
        assertEquals(303, client.post("/spaces/LA/create-page", calendarForm("Dates"))
                .statusCode());

        HttpResponse<String> again = client.post("/spaces/LA/create-page",
                calendarForm("Dates"));

        assertEquals(409, again.statusCode());
    }
}
