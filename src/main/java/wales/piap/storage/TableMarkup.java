package wales.piap.storage;

import java.util.List;

/** Writes the tables the plan pages share: a header row and rows of instructional text. */
final class TableMarkup {

    private TableMarkup() {
    }

    /** Opens a table and writes its header row from already localised column names. */
    static void openTable(StorageMarkup page, List<String> headers) {
        page.open("table").open("tbody").open("tr");
        for (String header : headers) {
            page.element("th", header);
        }
        page.close("tr");
    }

    /** Closes a table opened with {@link #openTable}. */
    static void closeTable(StorageMarkup page) {
        page.close("tbody").close("table");
    }

    /**
     * Writes a row whose first cell contains {@code firstCell} as text (null for none) and whose
     * other cells contain the given instructional texts as placeholders.
     */
    static void placeholderRow(StorageMarkup page, String firstCell, List<String> hints) {
        page.open("tr");
        if (firstCell != null) {
            page.open("td").element("p", firstCell).close("td");
        }
        for (String hint : hints) {
            page.open("td").placeholderParagraph(hint).close("td");
        }
        page.close("tr");
    }

    /**
     * Writes the section on informing and hearing parents and carers: for each of its three
     * parts an h3 sub-heading and a placeholder paragraph. The sub-headings name the parts, so
     * text typed over a placeholder is read as that part whatever its words.
     */
    static void parentsAndCarers(StorageMarkup page, PageText text) {
        page.element("h2", text.text("piap.blueprint.parents.heading"));
        for (String part : List.of("informed", "views-sought", "views-used")) {
            page.element("h3", text.text("piap.blueprint.parents.heading." + part));
            page.placeholderParagraph(text.text("piap.blueprint.parents." + part));
        }
    }
}
