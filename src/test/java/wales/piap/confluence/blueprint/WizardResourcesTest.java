package wales.piap.confluence.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.WizardField;
import wales.piap.render.Messages;

class WizardResourcesTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = WizardResourcesTest.class.getResourceAsStream(path)) {
            assertTrue(in != null, "missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void soyFormHasEveryWizardField() throws IOException {
        String soy = resource("/wizard/piap-wizard.soy");

        for (String field : List.of(WizardField.SETTING_NAME, WizardField.SETTING_TYPE,
                WizardField.LOCAL_AUTHORITY, WizardField.CATEGORY, WizardField.REPORT_PUBLISHED,
                WizardField.DIRECTED_DEADLINE, WizardField.DIRECTION_REFERENCE,
                WizardField.FOCUSED_IMPROVEMENT_HORIZON, WizardField.PLAN_LANGUAGE,
                WizardField.HALF_TERM_READING, WizardField.RECOMMENDATIONS)) {
            assertTrue(soy.contains("name=\"" + field + "\""), "no input named " + field);
            assertTrue(soy.contains("data-piap-error-for=\"" + field + "\""),
                    "no error slot for " + field);
        }
    }

    @Test
    void soyOffersAll22LocalAuthorities() throws IOException {
        String soy = resource("/wizard/piap-wizard.soy");
        Matcher option = Pattern.compile("<option value=\"(gb-[a-z]{3})\">").matcher(soy);
        List<String> values = new ArrayList<>();
        while (option.find()) {
            values.add(option.group(1));
        }

        List<String> expected = new ArrayList<>();
        for (LocalAuthority authority : LocalAuthority.values()) {
            expected.add(authority.formValue());
        }
        assertEquals(expected, values);
    }

    @Test
    void authorityNamesInBundlesMatchEnum() {
        Messages english = Messages.forLocale(PlanLanguage.ENGLISH);
        Messages welsh = Messages.forLocale(PlanLanguage.WELSH);

        for (LocalAuthority authority : LocalAuthority.values()) {
            String key = "piap.wizard.la." + authority.formValue();
            assertEquals(authority.englishName(), english.text(key), key);
            assertEquals(authority.welshName(), welsh.text(key), key);
        }
    }

    @Test
    void templateInsertsGeneratedBody() throws IOException {
        String template = resource("/blueprint/plan-home.xml");

        assertTrue(template.contains("at:name=\"" + PlanContextProvider.BODY_KEY + "\""));
        assertTrue(template.contains("at:rawxhtml=\"true\""));
    }

    @Test
    void scriptHandlesSubmitOfWizardPage() throws IOException {
        String script = resource("/wizard/piap-wizard.js");

        assertTrue(script.contains("'submit.planDetails'"));
        assertTrue(script.contains("'wales.piap.piap-confluence:piap-create-item'"));
    }
}
