package wales.piap.plan;

import java.util.Arrays;
import java.util.Optional;

/** Kind of provider Estyn inspected, which decides the follow-up categories that apply. */
public enum SettingType {
    MAINTAINED_SCHOOL("maintained-school"),
    PUPIL_REFERRAL_UNIT("pupil-referral-unit"),
    NON_MAINTAINED_SETTING("non-maintained-setting");

    private final String formValue;

    SettingType(String formValue) {
        this.formValue = formValue;
    }

    /** Returns the value used in wizard forms and macro parameters. */
    public String formValue() {
        return formValue;
    }

    /** Returns the i18n key of this type's display name. */
    public String messageKey() {
        return "piap.setting-type." + formValue;
    }

    /** Finds the type whose form value equals {@code value} after trimming; empty when none. */
    public static Optional<SettingType> fromFormValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return Arrays.stream(values()).filter(t -> t.formValue.equals(trimmed)).findFirst();
    }
}
