package wales.piap.plan;

/**
 * A local authority's powers of intervention in a school causing concern, as the Welsh
 * Government lists them for the local authority's part of the joint plan.
 */
public enum InterventionPower {
    /** Requiring the governing body to secure advice or to collaborate. */
    ADVICE_OR_COLLABORATION(Field.LA_POWER_ADVICE_OR_COLLABORATION),
    /** Appointing additional governors. */
    ADDITIONAL_GOVERNORS(Field.LA_POWER_ADDITIONAL_GOVERNORS),
    /** Replacing the governing body with an interim executive board. */
    INTERIM_EXECUTIVE_BOARD(Field.LA_POWER_INTERIM_EXECUTIVE_BOARD),
    /** Suspending (withdrawing) the school's delegated budget. */
    BUDGET_SUSPENSION(Field.LA_POWER_BUDGET_SUSPENSION),
    /** Giving directions to the governing body or headteacher. */
    DIRECTIONS(Field.LA_POWER_DIRECTIONS);

    private final Field field;

    InterventionPower(Field field) {
        this.field = field;
    }

    /** Returns the field that findings about this power name. */
    public Field field() {
        return field;
    }
}
