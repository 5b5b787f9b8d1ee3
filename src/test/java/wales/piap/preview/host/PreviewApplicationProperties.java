package wales.piap.preview.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/**
 * The preview's base URL, {@code http://localhost:PORT} once the server has started; links
 * the app builds from it use Confluence's {@code /pages/viewpage.action?pageId=N} form, which
 * the preview serves too.
 */
public final class PreviewApplicationProperties implements ApplicationProperties {

    private volatile String baseUrl = "";

    /** Sets the base URL after the server has bound its port. */
    public void setPort(int port) {
        baseUrl = "http://localhost:" + port;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL
                ? "" : baseUrl;
    }
}
