package wales.piap.plan;

import java.util.List;
import java.util.Optional;

/**
 * Outcome of reading the wizard form: either a {@link WizardInput} or the field errors that
 * prevented one. Immutable.
 */
public final class WizardResult {

    private final WizardInput input;
    private final List<FieldError> errors;

    private WizardResult(WizardInput input, List<FieldError> errors) {
        this.input = input;
        this.errors = List.copyOf(errors);
    }

    /** Creates a successful result. */
    public static WizardResult of(WizardInput input) {
        return new WizardResult(input, List.of());
    }

    /** Creates a failed result; {@code errors} must not be empty. */
    public static WizardResult failed(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a failed result needs at least one error");
        }
        return new WizardResult(null, errors);
    }

    /** Tells whether the form was valid. */
    public boolean isValid() {
        return input != null;
    }

    /** Returns the plan described by a valid form; empty when there are errors. */
    public Optional<WizardInput> input() {
        return Optional.ofNullable(input);
    }

    /** Returns every field error, in form order; empty for a valid form. */
    public List<FieldError> errors() {
        return errors;
    }
}
