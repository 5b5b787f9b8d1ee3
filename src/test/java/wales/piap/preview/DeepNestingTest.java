package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.Page;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.piap.preview.host.PreviewUser;
import wales.piap.preview.view.StorageRenderer;

/** Deeply nested storage format: rejected at save, and rendered without a stack overflow. */
class DeepNestingTest {

    @TempDir
    Path data;

    private PreviewHost host;
    private PreviewClient client;
    private String location;

    @BeforeEach
    void startHost() throws Exception {
        host = new PreviewHost(data);
        client = new PreviewClient(host.start(0));
        location = client.post("/create", PreviewHostTest.validForm("Ysgol Ddofn"))
                .headers().firstValue("Location").orElseThrow();
    }

    @AfterEach
    void stopHost() {
        host.stop();
    }

    private static String nested(int depth, String innermost) {
        return "<div>".repeat(depth) + innermost + "</div>".repeat(depth);
    }

    private Page page() {
        return host.services().pageManager().page(
                Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    }

    /** Stores {@code body} directly, as a page saved before the depth limit existed. */
    private void storeBody(String body) {
        PreviewHost.as(PreviewUser.byName("admin").orElseThrow(), Locale.UK, () -> {
            host.services().pageManager().saveNewVersion(page(), p -> p.setBodyAsString(body),
                    DefaultSaveContext.DEFAULT);
            return null;
        });
    }

    @Test
    void veryDeepPageRendersWithNote() throws Exception {
        storeBody(nested(40_000, "<p>deepest &amp; last</p>"));

        HttpResponse<String> response = client.get(location);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("preview-too-deep"), "note shown");
        assertTrue(response.body().contains("more than " + StorageRenderer.MAX_DEPTH
                + " levels deep"), "note names the limit");
        assertTrue(response.body().contains("&lt;p&gt;deepest &amp;amp; last&lt;/p&gt;"),
                "rest shown as escaped storage format");
    }

    @Test
    void pageAtDepthLimitRendersAsMarkup() throws Exception {
        storeBody(nested(StorageRenderer.MAX_DEPTH - 1, "<p>inside</p>"));
        // 199 div levels and the paragraph make the 200 levels rendered as markup.

        HttpResponse<String> response = client.get(location);

        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("preview-too-deep"), "no note");
        assertTrue(response.body().contains("<p>inside</p>"));
    }

    @Test
    void deepEditIsRejectedNamingDepth() throws Exception {
        HttpResponse<String> response = client.post(location + "/edit", Map.of(
                "version", "1", "restrictions", "", "body", nested(40_000, "x")));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("40000 levels deep"), "names the depth");
        assertTrue(response.body().contains("at most 500 levels"), "names the limit");
        assertEquals(1, page().getVersion());
    }

    @Test
    void deepChildPageIsRejected() throws Exception {
        HttpResponse<String> response = client.post(location + "/create-child", Map.of(
                "title", "Dwfn", "labels", "", "body", nested(501, "x")));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("501 levels deep"), response.body());
    }

    @Test
    void editAtSaveLimitIsAccepted() throws Exception {
        HttpResponse<String> response = client.post(location + "/edit", Map.of(
                "version", "1", "restrictions", "", "body", nested(500, "x")));

        assertEquals(303, response.statusCode(), response.body());
    }
}
