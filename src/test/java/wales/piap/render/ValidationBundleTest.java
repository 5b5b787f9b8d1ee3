package wales.piap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import wales.piap.plan.Field;
import wales.piap.plan.Severity;

class ValidationBundleTest {

    @Test
    void englishAndWelshHaveSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("validation.properties").stringPropertyNames()),
                new TreeSet<>(load("validation_cy.properties").stringPropertyNames()));
    }

    @Test
    void bundlesAreAsciiWithEscapes() throws IOException {
        for (String name : new String[] {"validation.properties", "validation_cy.properties"}) {
            byte[] bytes = bytes(name);
            for (byte b : bytes) {
                assertTrue(b >= 0, name + " has a non-ASCII byte");
            }
        }
    }

    @Test
    void everySeverityAndFieldHasLabels() {
        for (Locale locale : new Locale[] {Locale.UK, new Locale("cy", "GB")}) {
            Messages messages = Messages.forLocale(locale);
            for (Severity severity : Severity.values()) {
                assertTrue(messages.has(severity.messageKey()), severity + " " + locale);
            }
            for (Field field : Field.values()) {
                assertTrue(messages.has(field.messageKey()), field + " " + locale);
            }
        }
    }

    @Test
    void messagesWithArgumentsHaveNoPlainApostrophe() throws IOException {
        for (String name : new String[] {"validation.properties", "validation_cy.properties"}) {
            Properties bundle = load(name);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                if (value.contains("{0}")) {
                    assertTrue(!value.contains("'"), name + " " + key
                            + ": MessageFormat would drop a plain apostrophe");
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationBundleTest.class.getResourceAsStream(
                "/wales/piap/i18n/" + name)) {
            properties.load(in);
        }
        return properties;
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = ValidationBundleTest.class.getResourceAsStream(
                "/wales/piap/i18n/" + name)) {
            return in.readAllBytes();
        }
    }
}
