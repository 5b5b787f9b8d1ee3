package wales.piap.plan;

import java.util.Objects;

/**
 * One row of a recommendation's actions table.
 *
 * <p>Immutable. Where a table has several columns of one kind (for example "Success
 * criteria" and "Planned outcomes"), their contents are joined in column order; a column the
 * table lacks gives {@link CellContent#EMPTY}.
 *
 * @param reference the action's reference as written ("R1.2", "R1a"), or one numbered from
 *     the row's position ("R1.3") when the row has none
 * @param referenceWritten whether the reference was written on the page
 * @param action what will be done
 * @param lead who leads it: text or an {@code @mention}
 * @param support who supports it
 * @param timescale timescale and milestones
 * @param resources resources to be applied
 * @param successCriteria the row's success criteria and quantitative targets
 * @param monitoring who monitors progress, when and how
 */
public record ActionRow(
        String reference,
        boolean referenceWritten,
        CellContent action,
        CellContent lead,
        CellContent support,
        CellContent timescale,
        CellContent resources,
        CellContent successCriteria,
        CellContent monitoring) {

    /** Rejects nulls. */
    public ActionRow {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(timescale, "timescale");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(successCriteria, "successCriteria");
        Objects.requireNonNull(monitoring, "monitoring");
    }

    /** Returns the content of {@code field} for the per-action fields, EMPTY for others. */
    public CellContent get(Field field) {
        return switch (field) {
            case ACTION -> action;
            case LEAD -> lead;
            case SUPPORT -> support;
            case TIMESCALE, MILESTONE -> timescale;
            case RESOURCES -> resources;
            case SUCCESS_CRITERIA, QUANTITATIVE_TARGET -> successCriteria;
            case MONITORING, MONITORING_WHO, MONITORING_WHEN, MONITORING_HOW -> monitoring;
            default -> CellContent.EMPTY;
        };
    }
}
