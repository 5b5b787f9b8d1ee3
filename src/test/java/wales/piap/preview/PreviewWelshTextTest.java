package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The preview's own labels in Welsh, and the two preview bundles kept in step. */
class PreviewWelshTextTest extends RunningPreview {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PreviewWelshTextTest.class.getClassLoader()
                .getResourceAsStream("wales/piap/i18n/" + name + ".properties")) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void bundlesHaveSameKeys() throws IOException {
        Properties english = bundle("preview");
        Properties welsh = bundle("preview_cy");

        assertEquals(new TreeSet<>(english.stringPropertyNames()),
                new TreeSet<>(welsh.stringPropertyNames()));
    }

    @Test
    void everyPatternParses() throws IOException {
        for (String name : new String[] {"preview", "preview_cy"}) {
            Properties properties = bundle(name);
            for (String key : properties.stringPropertyNames()) {
                String text = new MessageFormat(properties.getProperty(key))
                        .format(new Object[] {"A", "B", "C"});
                assertFalse(text.contains("{"), name + " " + key + ": " + text);
            }
        }
    }

    @Test
    void welshPageFooterHasNoEnglish() throws Exception {
        String location = client.post("/create", PreviewHostTest.validForm("Ysgol Gymraeg"))
                .headers().firstValue("Location").orElseThrow();

        String body = client.get(location + "?lang=cy").body();

        for (String english : new String[] {"Labels:", "Version 1", "View storage format",
                ">Edit<", "Child pages", "Create child page", "Post-inspection action plans"}) {
            assertFalse(body.contains(english), "English left: " + english);
        }
        assertTrue(body.contains("Fersiwn 1"), body);
        assertTrue(body.contains("Tudalennau plentyn"));
        assertTrue(body.contains("Labeli:"));
    }

    @Test
    void welshHomeNamesSpacesInWelsh() throws Exception {
        HttpResponse<String> response = client.get("/?lang=cy");

        assertTrue(response.body().contains("Mewnrwyd yr awdurdod lleol (LA)"));
        assertFalse(response.body().contains("Local authority intranet"));
    }
}
