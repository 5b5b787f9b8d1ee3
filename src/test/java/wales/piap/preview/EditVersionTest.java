package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The version field of the edit form: invalid values and conflicts between two editors. */
class EditVersionTest {

    @TempDir
    Path data;

    private PreviewHost host;
    private PreviewClient client;
    private int port;
    private String location;

    @BeforeEach
    void startHost() throws Exception {
        host = new PreviewHost(data);
        port = host.start(0);
        client = new PreviewClient(port);
        HttpResponse<String> created = client.post("/create",
                PreviewHostTest.validForm("Ysgol Fersiynau"));
        location = created.headers().firstValue("Location").orElseThrow();
    }

    @AfterEach
    void stopHost() {
        host.stop();
    }

    private HttpResponse<String> save(String version, String body)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        if (version != null) {
            form.put("version", version);
        }
        form.put("restrictions", "");
        form.put("body", body);
        return client.post(location + "/edit", form);
    }

    private int storedVersion() {
        String id = location.substring(location.lastIndexOf('/') + 1);
        return host.services().pageManager().page(Long.parseLong(id)).getVersion();
    }

    @Test
    void missingVersionGives400() throws Exception {
        HttpResponse<String> response = save(null, "<p>mine</p>");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("version &#34;&#34;"), response.body());
        assertTrue(response.body().contains("&lt;p&gt;mine&lt;/p&gt;"), "text kept");
        assertEquals(1, storedVersion());
    }

    @Test
    void futureVersionIsNamedNotConflict() throws Exception {
        HttpResponse<String> response = save("99", "<p>mine</p>");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Version 99 of this page does not exist"),
                response.body());
        assertEquals(1, storedVersion());
    }

    @Test
    void headRequestGets405WithoutBody() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + port + "/")).method("HEAD",
                        java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
        assertEquals("GET, POST", response.headers().firstValue("Allow").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"one", "0", "-1", "1.0", "99999999999999999999"})
    void invalidVersionGives400NamingValue(String version) throws Exception {
        HttpResponse<String> response = save(version, "<p>mine</p>");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("version &#34;" + version + "&#34;"),
                response.body());
        assertEquals(1, storedVersion());
    }

    @Test
    void conflictKeepsOpenedVersionInForm() throws Exception {
        assertEquals(303, save("1", "<p>theirs</p>").statusCode());

        HttpResponse<String> conflict = save("1", "<p>mine</p>");

        assertEquals(409, conflict.statusCode());
        assertTrue(conflict.body().contains("name=\"version\" value=\"1\""), conflict.body());
        assertFalse(conflict.body().contains("name=\"version\" value=\"2\""));
        assertTrue(conflict.body().contains("&lt;p&gt;mine&lt;/p&gt;"), "user's text kept");
    }

    @Test
    void conflictOffersReloadLink() throws Exception {
        assertEquals(303, save("1", "<p>theirs</p>").statusCode());

        HttpResponse<String> conflict = save("1", "<p>mine</p>");

        assertTrue(conflict.body().contains("id=\"reload-link\" href=\"" + location + "/edit\""),
                conflict.body());
        assertTrue(conflict.body().contains("version 2 after you opened version 1"));
    }

    @Test
    void secondSaveAfterConflictIsRefused() throws Exception {
        assertEquals(303, save("1", "<p>theirs</p>").statusCode());
        HttpResponse<String> conflict = save("1", "<p>mine</p>");
        String resent = conflict.body().replaceAll("(?s).*name=\"version\" value=\"([^\"]*)\".*",
                "$1");

        HttpResponse<String> again = save(resent, "<p>mine</p>");

        assertEquals(409, again.statusCode());
        assertEquals(2, storedVersion());
        assertTrue(client.get(location + "/storage").body().contains("theirs"));
    }
}
