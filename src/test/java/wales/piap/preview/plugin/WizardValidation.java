package wales.piap.preview.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wales.piap.plan.FieldError;
import wales.piap.plan.WizardForm;
import wales.piap.render.Messages;

/** Runs the plugin's wizard rules on a submitted form, as the wizard's own checks do. */
final class WizardValidation {

    /** Returns the messages for each invalid field, in form order; empty when valid. */
    Map<String, List<String>> validate(Map<String, String> form, Messages messages) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldError error : WizardForm.parse(form).errors()) {
            errors.computeIfAbsent(error.field(), field -> new ArrayList<>())
                    .add(messages.text(error.messageKey(), error.argsArray()));
        }
        return errors;
    }
}
