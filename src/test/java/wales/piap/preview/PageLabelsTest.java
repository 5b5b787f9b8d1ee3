package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventListener;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Labels on the edit form, and child pages made through /pages/{id}/create-child. */
class PageLabelsTest extends RunningPreview {

    /** A school year in which the school closes for three weeks at Christmas 2025. */
    private static final String OWN_CALENDAR_JSON = "{\"source\":\"School governing body\","
            + "\"schoolYears\":[{\"schoolYear\":\"2025/26\",\"source\":\"School governing body\","
            + "\"confidence\":\"high\","
            + "\"known\":[{\"first\":\"2025-09-01\",\"last\":\"2026-08-31\"}],"
            + "\"holidays\":[{\"kind\":\"christmas\",\"name\":\"Christmas\","
            + "\"first\":\"2025-12-15\",\"last\":\"2026-01-02\"}]}]}";

    @Test
    void editReplacesLabels() throws Exception {
        String location = createPlan("Ysgol Labeli", "gb-pow", "2025-01-16");
        String body = storage(location);

        assertEquals(303, saveEdit(location, 1, body, "piap-home, extra-one  team:notes_2")
                .statusCode());
        assertEquals(List.of("piap-home", "extra-one", "team:notes_2"), labels(location));
        assertTrue(client.get(location).body().contains(">extra-one</span>"));

        assertEquals(303, saveEdit(location, 2, body, "piap-home").statusCode());
        assertEquals(List.of("piap-home"), labels(location));
    }

    @Test
    void editFormShowsCurrentLabels() throws Exception {
        String location = createPlan("Ysgol Ffurflen", "gb-pow", "2025-01-16");

        String form = client.get(location + "/edit").body();

        assertTrue(form.contains("name=\"labels\" value=\"piap-home piap-plan\""), form);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Capital", "semi;colon", "dot.ted", "quote\"d", "ca\u00f1on!"})
    void invalidLabelKeepsTextAndNamesIt(String invalid) throws Exception {
        String location = createPlan("Ysgol Gwallus", "gb-pow", "2025-01-16");
        String body = "<p>My unsaved paragraph</p>";
        String typed = "good-label " + invalid;
        List<String> before = labels(location);

        HttpResponse<String> response = saveEdit(location, 1, body, typed);

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains(org.owasp.encoder.Encode.forHtml(invalid)),
                "message names " + invalid);
        assertTrue(response.body().contains("&lt;p&gt;My unsaved paragraph&lt;/p&gt;"),
                "storage text kept");
        assertTrue(response.body().contains("value=\""
                + org.owasp.encoder.Encode.forHtmlAttribute(typed) + "\""), "labels kept");
        assertEquals(before, labels(location), "labels unchanged");
        assertFalse(storage(location).contains("My unsaved paragraph"), "body not saved");
    }

    @Test
    void labelOver255CharactersIsRejected() throws Exception {
        String location = createPlan("Ysgol Hir", "gb-pow", "2025-01-16");

        HttpResponse<String> response = saveEdit(location, 1, storage(location),
                "a".repeat(256));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("256"), "length named");
        assertEquals(303, saveEdit(location, 1, storage(location), "a".repeat(255))
                .statusCode(), "255 characters accepted");
    }

    @Test
    void createChildSavesAndPublishesCreate() throws Exception {
        String home = createPlan("Ysgol Plentyn", "gb-pow", "2025-01-16");
        CreatedPages created = new CreatedPages();
        host.services().eventPublisher().register(created);

        HttpResponse<String> response = client.post(home + "/create-child", Map.of(
                "title", "Notes", "body", "<p>Child text</p>", "labels", "notes, draft"));

        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        Page child = host.services().pageManager().page(id(location));
        assertEquals("Notes", child.getTitle());
        assertEquals(id(home), child.getParent().getId());
        assertEquals(List.of("notes", "draft"), labels(location));
        assertEquals(List.of(child.getId()), created.ids, "one create event for the child");
        assertTrue(client.get(location).body().contains("Child text"));
        assertTrue(client.get(home).body().contains("href=\"" + location + "\""),
                "listed under the parent");
    }

    @Test
    void createChildRejectsBadInputKeepingText() throws Exception {
        String home = createPlan("Ysgol Gwrthod", "gb-pow", "2025-01-16");

        HttpResponse<String> blank = client.post(home + "/create-child", Map.of(
                "title", " ", "body", "<p>Kept body</p>", "labels", "x"));
        HttpResponse<String> malformed = client.post(home + "/create-child", Map.of(
                "title", "Broken", "body", "<p>open", "labels", ""));
        HttpResponse<String> badLabel = client.post(home + "/create-child", Map.of(
                "title", "Labelled", "body", "<p/>", "labels", "Bad"));
        String homeTitle = host.services().pageManager().page(id(home)).getTitle();
        HttpResponse<String> duplicate = client.post(home + "/create-child", Map.of(
                "title", homeTitle, "body", "<p>Same title</p>", "labels", ""));

        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("&lt;p&gt;Kept body&lt;/p&gt;"));
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("&lt;p&gt;open"));
        assertEquals(400, badLabel.statusCode());
        assertTrue(badLabel.body().contains("&#34;Bad&#34;")
                || badLabel.body().contains("\"Bad\""), badLabel.body());
        assertEquals(409, duplicate.statusCode());
        assertTrue(duplicate.body().contains("&lt;p&gt;Same title&lt;/p&gt;"));
        Page parent = host.services().pageManager().page(id(home));
        assertTrue(parent.getChildren().stream().noneMatch(c -> c.getId() == 0),
                "no unsaved child left under the parent");
    }

    @Test
    void ownCalendarChildMovesBannerDueDate() throws Exception {
        // Cardiff, published Thursday 4 December 2025: 20 working days end on 15 January 2026
        // with the bundled Christmas holiday (22 December to 2 January). A school closed from
        // 15 December loses five more days, so the count ends on 22 January 2026.
        String home = createPlan("Ysgol Calendr", "gb-crf", "2025-12-04");
        assertTrue(client.get(home).body().contains("15 January 2026"), "bundled due date");

        HttpResponse<String> response = client.post(home + "/create-child", Map.of(
                "title", "Our own term dates",
                "body", "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA["
                        + OWN_CALENDAR_JSON + "]]></ac:plain-text-body></ac:structured-macro>",
                "labels", "piap-own-calendar"));
        assertEquals(303, response.statusCode(), response.body());

        String after = client.get(home).body();
        assertTrue(after.contains("22 January 2026"), "due date on the school's own dates");
        assertFalse(after.contains("15 January 2026"), "bundled due date gone");
    }

    private HttpResponse<String> saveEdit(String location, int version, String body,
            String labels) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(version));
        form.put("restrictions", "");
        form.put("labels", labels);
        form.put("body", body);
        return client.post(location + "/edit", form);
    }

    private String createPlan(String name, String authority, String published)
            throws Exception {
        Map<String, String> form = PreviewHostTest.validForm(name);
        form.put("localAuthority", authority);
        form.put("reportPublished", published);
        form.put("settingType", "maintained-school");
        HttpResponse<String> response = client.post("/create", form);
        assertEquals(303, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    private String storage(String location) throws Exception {
        return client.get(location + "/storage").body();
    }

    private List<String> labels(String location) {
        return host.services().pageManager().page(id(location)).getLabels().stream()
                .map(Label::getName).toList();
    }

    private static long id(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Records the ids of pages whose create event was published. */
    public static final class CreatedPages {

        private final List<Long> ids = new ArrayList<>();

        @EventListener
        public void onCreate(PageCreateEvent event) {
            ids.add(event.getPage().getId());
        }
    }
}
