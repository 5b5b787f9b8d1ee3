package wales.piap.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Formats each wizard error from the {@link WizardFormTest} table in English and Welsh and
 * checks that the text names every argument and writes the date form of its language.
 */
class WizardMessagesTest {

    private static final String BUNDLE = "wales.piap.i18n.blueprint";

    private static String format(FieldError error, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(error.messageKey());
        return new MessageFormat(pattern, locale).format(error.argsArray());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("wales.piap.plan.WizardFormTest#singleErrors")
    void messagesNameValuesInBothLanguages(Map<String, Object> changes, String field,
            String keySuffix, List<Object> args) {
        Map<String, Object> form = WizardFormTest.validForm();
        form.putAll(changes);
        FieldError error = WizardForm.parse(form, WizardFormTest.CLOCK).errors().get(0);

        String english = format(error, Locale.ENGLISH);
        String welsh = format(error, Locale.forLanguageTag("cy"));

        for (Object arg : error.args()) {
            assertTrue(english.contains(String.valueOf(arg)), english);
            assertTrue(welsh.contains(String.valueOf(arg)), welsh);
        }
        assertFalse(english.contains("{"), english);
        assertFalse(welsh.contains("{"), welsh);
        assertFalse(english.contains("bbbb"), english);
        assertFalse(welsh.contains("yyyy"), welsh);
    }
}
