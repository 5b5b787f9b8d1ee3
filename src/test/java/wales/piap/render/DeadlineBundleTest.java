package wales.piap.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The Welsh deadline bundle uses the confirmed Welsh terms; key parity is tested elsewhere. */
class DeadlineBundleTest {

    @Test
    void welshUsesConfirmedTerms() throws IOException {
        Properties welsh = new Properties();
        try (InputStream in = DeadlineBundleTest.class.getResourceAsStream(
                "/wales/piap/i18n/deadline_cy.properties")) {
            assertTrue(in != null, "Welsh deadline bundle missing");
            welsh.load(in);
        }
        String all = String.join("\n", welsh.values().stream().map(Object::toString).toList());

        // "Weinidogion" is the soft-mutated form of Gweinidogion after "gan".
        for (String term : List.of("diwrnod gwaith", "g\u0175yl banc", "mesurau arbennig",
                "gwelliant sylweddol", "gwelliant \u00e2 ffocws", "awdurdod lleol",
                "Weinidogion Cymru", "hanner tymor", "cynllun gweithredu")) {
            assertTrue(all.contains(term), "missing Welsh term " + term);
        }
    }
}
