package wales.piap.plan;

import java.util.List;
import java.util.Objects;

/**
 * One problem with one input field: the field's form name, an i18n message key and the
 * message arguments, so the wizard can show a localised message next to the field.
 *
 * <p>Immutable. Arguments are plain values (strings, numbers) already fit for display.
 *
 * @param field form name of the field, such as {@code reportPublished}
 * @param messageKey i18n key of the message, in the blueprint bundle
 * @param args arguments for the message's {@code {0}}-style placeholders
 */
public record FieldError(String field, String messageKey, List<Object> args) {

    /** Checks that field and key are present and copies the arguments. */
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    /** Creates an error for {@code field} with message {@code messageKey} and {@code args}. */
    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }

    /** Returns the arguments as an array, ready for {@code Messages.text(key, args)}. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
