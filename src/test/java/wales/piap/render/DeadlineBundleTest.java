package wales.piap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The deadline i18n bundles: same keys in both languages, escapes and apostrophes. */
class DeadlineBundleTest {

    private static final String ENGLISH = "/wales/piap/i18n/deadline.properties";
    private static final String WELSH = "/wales/piap/i18n/deadline_cy.properties";

    @Test
    void englishAndWelshHaveSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load(ENGLISH).stringPropertyNames()),
                new TreeSet<>(load(WELSH).stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {ENGLISH, WELSH})
    void fileIsAsciiWithUnicodeEscapes(String path) throws IOException {
        byte[] bytes = read(path);
        for (int i = 0; i < bytes.length; i++) {
            assertTrue(bytes[i] >= 0, path + " has a non-ASCII byte at offset " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ENGLISH, WELSH})
    void apostrophesMatchMessageFormatUse(String path) throws IOException {
        Properties bundle = load(path);
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            boolean formatted = text.contains("{0}") || text.contains("{1");
            String single = text.replace("''", "");
            if (formatted) {
                assertFalse(single.contains("'"), key + " has a single apostrophe: " + text);
            } else {
                assertFalse(text.contains("''"), key + " has a doubled apostrophe: " + text);
            }
        }
    }

    @Test
    void welshUsesConfirmedTerms() throws IOException {
        String all = String.join("\n", load(WELSH).values().stream()
                .map(Object::toString).toList());

        for (String term : Set.of("diwrnod gwaith", "g\u0175yl banc", "mesurau arbennig",
                "gwelliant sylweddol", "gwelliant \u00e2 ffocws", "awdurdod lleol",
                "Weinidogion Cymru", "hanner tymor", "cynllun gweithredu")) {
            assertTrue(all.contains(term), "missing Welsh term " + term);
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        properties.load(new java.io.StringReader(
                new String(read(path), StandardCharsets.ISO_8859_1)));
        return properties;
    }

    private static byte[] read(String path) throws IOException {
        try (InputStream in = DeadlineBundleTest.class.getResourceAsStream(path)) {
            assertTrue(in != null, "missing " + path);
            return in.readAllBytes();
        }
    }
}
