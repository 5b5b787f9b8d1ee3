package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The user and language choices of a request: ?as=, ?lang= and their cookies. */
class RequestChoiceTest extends RunningPreview {

    @Test
    void forgedUserCookieGivesAnonymous() throws Exception {
        HttpResponse<String> response = client.getWithCookie("/", "piap-as=root");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("class=\"current\">Anonymous</a>"),
                "anonymous shown as current");
        assertFalse(response.body().contains("class=\"current\">admin</a>"),
                "admin not current");
    }

    @Test
    void forgedUserCookieIsReported() throws Exception {
        HttpResponse<String> response = client.getWithCookie("/", "piap-as=root");

        assertTrue(response.body().contains("id=\"user-not-recognised\""), response.body());
        assertTrue(response.body().contains("&#34;root&#34;"), "names the cookie value");
        assertTrue(response.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("piap-as=anonymous;")), "cookie replaced");
    }

    @Test
    void forgedUserCookieCannotCreate() throws Exception {
        HttpResponse<String> response = client.postWithCookie("/create",
                PreviewHostTest.validForm("Ysgol Ffug"), "piap-as=root");

        assertEquals(403, response.statusCode());
    }

    @Test
    void knownUserCookieHasNoNotice() throws Exception {
        HttpResponse<String> response = client.getWithCookie("/", "piap-as=head");

        assertFalse(response.body().contains("user-not-recognised"));
        assertTrue(response.body().contains("class=\"current\">head</a>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "EN", "", "cy-GB"})
    void unknownLanguageGives400(String value) throws Exception {
        HttpResponse<String> response = client.get("/?lang="
                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("&#34;" + value + "&#34;"), response.body());
        assertTrue(response.body().contains("en, cy"), "names the accepted values");
        assertTrue(response.headers().allValues("Set-Cookie").stream()
                .noneMatch(c -> c.startsWith("piap-lang=")), "no language cookie set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void knownLanguageIsAccepted(String value) throws Exception {
        HttpResponse<String> response = client.get("/?lang=" + value);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<html lang=\"" + value + "\""));
    }
}
