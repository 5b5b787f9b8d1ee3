package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests for 127.0.0.1 go to localhost, where the app's links and the cookies live. */
class LocalhostRedirectTest {

    @TempDir
    Path data;

    private PreviewHost host;
    private int port;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void startHost() throws IOException {
        host = new PreviewHost(data);
        port = host.start(0);
    }

    @AfterEach
    void stopHost() {
        host.stop();
    }

    private HttpResponse<String> getByAddress(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void loopbackAddressRedirectsToLocalhost() throws Exception {
        HttpResponse<String> response = getByAddress("/pages/65537?as=head&lang=cy");

        assertEquals(308, response.statusCode());
        assertEquals("http://localhost:" + port + "/pages/65537?as=head&lang=cy",
                response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void redirectSetsNoCookie() throws Exception {
        HttpResponse<String> response = getByAddress("/?as=head");

        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(),
                response.headers().allValues("Set-Cookie").toString());
    }

    @Test
    void localhostIsServed() throws Exception {
        HttpResponse<String> response = new PreviewClient(port).get("/");

        assertEquals(200, response.statusCode());
    }
}
