package wales.piap.plan;

import java.util.Objects;

/**
 * How parents and carers will be informed, how their views will be sought and how those
 * views will be taken into account.
 *
 * <p>Immutable. Each part is found by its label (a sub-heading, the first cell of a table
 * row, or a leading "Label:" in a paragraph or list item). Text in the section that carries
 * no recognised label is kept in {@code unlabelled}, so the validator can tell absent text
 * from text it could not place.
 *
 * @param informed how parents and carers will be told about the planned actions
 * @param viewsSought how their views on those actions will be sought
 * @param viewsUsed how those views will be taken into account
 * @param unlabelled other text in the section
 */
public record ParentsContent(
        CellContent informed, CellContent viewsSought, CellContent viewsUsed,
        CellContent unlabelled) {

    /** A section that was not found. */
    public static final ParentsContent EMPTY = new ParentsContent(
            CellContent.EMPTY, CellContent.EMPTY, CellContent.EMPTY, CellContent.EMPTY);

    /** Rejects nulls. */
    public ParentsContent {
        Objects.requireNonNull(informed, "informed");
        Objects.requireNonNull(viewsSought, "viewsSought");
        Objects.requireNonNull(viewsUsed, "viewsUsed");
        Objects.requireNonNull(unlabelled, "unlabelled");
    }
}
