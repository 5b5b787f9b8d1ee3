package wales.piap.preview.plugin;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.render.Messages;

/**
 * Runs the plugin's wizard rules, {@code wales.piap.plan.WizardForm.parse(Map)}, found by
 * reflection so the preview still starts while that class is being written. Without it the
 * form is not checked, and {@link #unavailableNotice()} says so.
 */
final class WizardValidation {

    private static final Logger LOG = LoggerFactory.getLogger(WizardValidation.class);
    private static final String FORM_CLASS = "wales.piap.plan.WizardForm";

    private final Method parse;

    WizardValidation() {
        Method found = null;
        try {
            found = Class.forName(FORM_CLASS).getMethod("parse", Map.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            LOG.warn("Wizard validation is not available: {} ({}); forms are not checked",
                    FORM_CLASS, e.toString());
        }
        this.parse = found;
    }

    String unavailableNotice() {
        return parse == null ? "Wizard validation is not available: class " + FORM_CLASS
                + " not found, so this form is not checked." : null;
    }

    /** Returns messages per invalid field, in form order; empty when valid or unchecked. */
    Map<String, List<String>> validate(Map<String, String> form, Messages messages) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (parse == null) {
            return errors;
        }
        try {
            Object result = parse.invoke(null, form);
            List<?> fieldErrors = (List<?>) result.getClass().getMethod("errors").invoke(result);
            for (Object error : fieldErrors) {
                Class<?> type = error.getClass();
                String field = (String) type.getMethod("field").invoke(error);
                String key = (String) type.getMethod("messageKey").invoke(error);
                Object[] args = (Object[]) type.getMethod("argsArray").invoke(error);
                errors.computeIfAbsent(field, f -> new ArrayList<>())
                        .add(messages.text(key, args));
            }
        } catch (InvocationTargetException e) {
            LOG.error("Wizard validation threw on a form", e.getCause());
            errors.put("form", List.of("The plugin's wizard validation failed: "
                    + e.getCause()));
        } catch (ReflectiveOperationException | ClassCastException e) {
            LOG.error("Wizard validation result has an unexpected shape", e);
            errors.put("form", List.of("The plugin's wizard validation returned an unexpected"
                    + " result: " + e));
        }
        return errors;
    }
}
