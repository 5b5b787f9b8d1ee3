package wales.piap.storage;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A table's cells laid out on a grid, with merged cells repeated in every slot they cover.
 *
 * <p>Only the table's own rows count (directly or inside {@code thead}, {@code tbody} or
 * {@code tfoot}); a table nested in a cell stays part of that cell. A cell merged across rows
 * or columns appears in each slot it covers, so callers compare cells by identity to avoid
 * reading one cell twice. Spans are capped so that a hostile {@code colspan="100000"} cannot
 * make a huge grid.
 */
final class TableGrid {

    /** Most columns a grid keeps; further columns are dropped. */
    static final int MAX_COLUMNS = 60;

    /** Largest row span honoured; a larger span is cut to this. */
    static final int MAX_ROW_SPAN = 500;

    private final List<List<Element>> rows;

    private TableGrid(List<List<Element>> rows) {
        this.rows = rows;
    }

    /** Lays out {@code table}'s rows; empty rows give empty lists. */
    static TableGrid of(Element table) {
        List<Element> rowElements = ownRows(table);
        List<List<Element>> grid = new ArrayList<>();
        for (int r = 0; r < rowElements.size(); r++) {
            List<Element> row = rowAt(grid, r);
            int column = 0;
            for (Element cell : rowElements.get(r).children()) {
                String name = Markup.name(cell);
                if (!name.equals("td") && !name.equals("th")) {
                    continue;
                }
                while (column < MAX_COLUMNS && column < row.size() && row.get(column) != null) {
                    column++;
                }
                int colSpan = span(cell, "colspan", MAX_COLUMNS);
                int rowSpan = Math.min(span(cell, "rowspan", MAX_ROW_SPAN),
                        rowElements.size() - r);
                for (int dr = 0; dr < rowSpan; dr++) {
                    List<Element> target = rowAt(grid, r + dr);
                    for (int dc = 0; dc < colSpan && column + dc < MAX_COLUMNS; dc++) {
                        put(target, column + dc, cell);
                    }
                }
                column += colSpan;
            }
        }
        return new TableGrid(grid);
    }

    /** Returns the rows, each a list of cells by column; a slot no cell covers is null. */
    List<List<Element>> rows() {
        return rows;
    }

    /** Returns the table's own {@code tr} elements in order. */
    static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String name = Markup.name(child);
            if (name.equals("tr")) {
                rows.add(child);
            } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
                for (Element row : child.children()) {
                    if (Markup.is(row, "tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static List<Element> rowAt(List<List<Element>> grid, int index) {
        while (grid.size() <= index) {
            grid.add(new ArrayList<>());
        }
        return grid.get(index);
    }

    private static void put(List<Element> row, int column, Element cell) {
        while (row.size() <= column) {
            row.add(null);
        }
        if (row.get(column) == null) {
            row.set(column, cell);
        }
    }

    private static int span(Element cell, String attribute, int max) {
        String value = cell.attr(attribute).trim();
        if (value.isEmpty()) {
            return 1;
        }
        try {
            int span = Integer.parseInt(value);
            return Math.max(1, Math.min(span, max));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
