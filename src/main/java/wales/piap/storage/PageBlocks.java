package wales.piap.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Flattens a page into the sequence of headings, tables and other blocks a reader sees.
 *
 * <p>Layouts, layout sections and cells, {@code div}s and the rich-text bodies of macros
 * (panel, expand, details, info and others, known or not) are opened, so content nested in
 * them is found in page order. A macro's {@code title} (expand and panel) becomes a
 * {@link Block#fromTitle() title block}, which callers use as a heading only when it names a
 * known section. Tables are not opened: their cells are read by the table readers.
 */
final class PageBlocks {

    /** Kinds of block. */
    enum Kind { HEADING, TABLE, CONTENT }

    /**
     * One block of the page.
     *
     * @param kind heading, table or other content
     * @param element the element; for a macro title, the macro
     * @param text the heading or title text; "" for other kinds
     * @param fromTitle whether this heading is a macro's title rather than an h1 to h6
     */
    record Block(Kind kind, Element element, String text, boolean fromTitle) {
    }

    private static final Set<String> CONTAINERS = Set.of("ac:layout", "ac:layout-section",
            "ac:layout-cell", "div", "section", "article", "ac:rich-text-body", "thead", "tbody",
            StorageFragment.ROOT, "#root");

    /** Deepest container nesting opened; a deeper container is read as one block. */
    static final int MAX_CONTAINER_DEPTH = 64;

    private PageBlocks() {
    }

    /** Returns the blocks under {@code root}, in page order. */
    static List<Block> of(Element root) {
        List<Block> blocks = new ArrayList<>();
        collect(root, blocks, 0);
        return blocks;
    }

    private static void collect(Element container, List<Block> blocks, int depth) {
        if (depth > MAX_CONTAINER_DEPTH) {
            blocks.add(new Block(Kind.CONTENT, container, "", false));
            return;
        }
        for (Element child : container.children()) {
            String name = Markup.name(child);
            if (Markup.isHeading(child)) {
                blocks.add(new Block(Kind.HEADING, child, CellReader.read(child).text(), false));
            } else if (name.equals("table")) {
                blocks.add(new Block(Kind.TABLE, child, "", false));
            } else if (Markup.isMacro(child)) {
                openMacro(child, blocks, depth + 1);
            } else if (CONTAINERS.contains(name) || isLoneMacroParagraph(child)) {
                collect(child, blocks, depth + 1);
            } else {
                blocks.add(new Block(Kind.CONTENT, child, "", false));
            }
        }
    }

    private static void openMacro(Element macro, List<Block> blocks, int depth) {
        String title = Markup.parameter(macro, "title").orElse("");
        if (!title.isEmpty()) {
            blocks.add(new Block(Kind.HEADING, macro, title, true));
        }
        for (Element body : Markup.richBodies(macro)) {
            collect(body, blocks, depth);
        }
    }

    /** A {@code <p>} that only wraps block macros, as the editor often writes them. */
    private static boolean isLoneMacroParagraph(Element element) {
        if (!Markup.is(element, "p") || element.children().isEmpty()
                || !element.ownText().isBlank()) {
            return false;
        }
        return element.children().stream().allMatch(Markup::isMacro);
    }
}
