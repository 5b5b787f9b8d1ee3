package wales.piap.storage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import wales.piap.plan.ActionRow;
import wales.piap.plan.CellContent;
import wales.piap.storage.Vocabulary.Column;

/**
 * Reads an actions table: finds its header row by column names and turns each later row into
 * an {@link ActionRow}.
 *
 * <p>The header row is the first of the table's first five rows whose cells name the action
 * column and at least one other known column, or at least three known columns; its cells may
 * be {@code th} or {@code td}. Rows above it (titles) are ignored, as are rows that one cell
 * spans entirely (sub-headings such as "Autumn term"), repeated header rows and rows whose
 * cells, apart from the reference, are all empty. A repeated header row is one whose cells
 * name the same columns in the same places. Columns with unknown names are ignored.
 */
final class ActionTableReader {

    /** A table's header text and rows; {@code rows} is empty when no header was found. */
    record Result(boolean recognised, String headerText, List<ActionRow> rows) {
    }

    private static final int HEADER_SEARCH_ROWS = 5;

    /** "R1.2", "R1.2.3", "R1a" or "1.2" at the start of a cell. */
    private static final Pattern ACTION_REF = Pattern.compile(
            "^\\s*(R\\s?\\d{1,2}(?:\\.\\d{1,3})+[a-z]?|R\\s?\\d{1,2}[a-z]|\\d{1,2}\\.\\d{1,3})"
                    + "(?![\\p{L}\\d])[\\s:.)\\-\\u2013]*",
            Pattern.CASE_INSENSITIVE);

    private ActionTableReader() {
    }

    /** Reads {@code table}; rows are given references later, by the page parser. */
    static Result read(Element table) {
        List<List<Element>> grid = TableGrid.of(table).rows();
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.size()); r++) {
            List<Optional<Column>> columns = classify(grid.get(r));
            if (isHeader(columns)) {
                return new Result(true, headerText(grid.get(r)), rowsAfter(grid, r, columns));
            }
        }
        String firstRow = grid.isEmpty() ? "" : headerText(grid.get(0));
        return new Result(false, firstRow, List.of());
    }

    /** Reads the reference written at the start of {@code text}, such as "R1.2", or "". */
    static String leadingReference(String text) {
        Matcher matcher = ACTION_REF.matcher(text);
        if (!matcher.find()) {
            return "";
        }
        String reference = matcher.group(1).replace(" ", "");
        return Character.toUpperCase(reference.charAt(0)) + reference.substring(1);
    }

    private static List<Optional<Column>> classify(List<Element> row) {
        List<Optional<Column>> columns = new ArrayList<>();
        for (Element cell : row) {
            columns.add(cell == null ? Optional.empty()
                    : Vocabulary.column(CellReader.read(cell).text()));
        }
        return columns;
    }

    private static boolean isHeader(List<Optional<Column>> columns) {
        Set<Column> kinds = new LinkedHashSet<>();
        columns.forEach(column -> column.ifPresent(kinds::add));
        return (kinds.contains(Column.ACTION) && kinds.size() >= 2) || kinds.size() >= 3;
    }

    private static String headerText(List<Element> row) {
        Set<Element> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> names = new ArrayList<>();
        for (Element cell : row) {
            if (cell != null && seen.add(cell)) {
                names.add(CellReader.read(cell).text());
            }
        }
        return String.join(" | ", names);
    }

    private static List<ActionRow> rowsAfter(
            List<List<Element>> grid, int headerRow, List<Optional<Column>> columns) {
        List<ActionRow> rows = new ArrayList<>();
        for (int r = headerRow + 1; r < grid.size(); r++) {
            List<Element> row = grid.get(r);
            if (spansWholeRow(row, columns.size()) || classify(row).equals(columns)) {
                continue;
            }
            Map<Column, CellContent> values = readRow(row, columns);
            ActionRow action = toAction(values);
            if (!isBlank(action)) {
                rows.add(action);
            }
        }
        return rows;
    }

    private static boolean spansWholeRow(List<Element> row, int width) {
        Set<Element> cells = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element cell : row) {
            if (cell != null) {
                cells.add(cell);
            }
        }
        return width > 1 && cells.size() <= 1;
    }

    private static Map<Column, CellContent> readRow(
            List<Element> row, List<Optional<Column>> columns) {
        Map<Column, List<Element>> cellsByColumn = new EnumMap<>(Column.class);
        for (int c = 0; c < Math.min(row.size(), columns.size()); c++) {
            Element cell = row.get(c);
            Optional<Column> column = columns.get(c);
            if (cell == null || column.isEmpty()) {
                continue;
            }
            List<Element> cells = cellsByColumn.computeIfAbsent(column.get(),
                    k -> new ArrayList<>());
            if (cells.stream().noneMatch(seen -> seen == cell)) {
                cells.add(cell);
            }
        }
        Map<Column, CellContent> values = new EnumMap<>(Column.class);
        cellsByColumn.forEach((column, cells) -> values.put(column, CellReader.read(cells)));
        return values;
    }

    private static ActionRow toAction(Map<Column, CellContent> values) {
        CellContent action = values.getOrDefault(Column.ACTION, CellContent.EMPTY);
        String reference = leadingReference(
                values.getOrDefault(Column.REFERENCE, CellContent.EMPTY).text());
        String written = values.getOrDefault(Column.REFERENCE, CellContent.EMPTY).text();
        String inAction = leadingReference(action.text());
        if (!inAction.isEmpty()) {
            action = withoutLeadingReference(action);
            if (reference.isEmpty()) {
                reference = inAction;
            }
        }
        if (reference.isEmpty() && written.matches("\\d{1,3}")) {
            reference = written;
        }
        return new ActionRow(reference, !reference.isEmpty(), action,
                values.getOrDefault(Column.LEAD, CellContent.EMPTY),
                values.getOrDefault(Column.SUPPORT, CellContent.EMPTY),
                values.getOrDefault(Column.TIMESCALE, CellContent.EMPTY),
                values.getOrDefault(Column.RESOURCES, CellContent.EMPTY),
                values.getOrDefault(Column.SUCCESS, CellContent.EMPTY),
                values.getOrDefault(Column.MONITORING, CellContent.EMPTY));
    }

    private static CellContent withoutLeadingReference(CellContent action) {
        Matcher matcher = ACTION_REF.matcher(action.text());
        String rest = matcher.find() ? action.text().substring(matcher.end()) : action.text();
        return action.withText(rest.trim());
    }

    private static boolean isBlank(ActionRow row) {
        return row.action().isBlank() && row.lead().isBlank() && row.support().isBlank()
                && row.timescale().isBlank() && row.resources().isBlank()
                && row.successCriteria().isBlank() && row.monitoring().isBlank();
    }
}
