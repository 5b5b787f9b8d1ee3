package wales.piap.storage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import wales.piap.plan.CellContent;
import wales.piap.plan.ParentsContent;
import wales.piap.storage.Vocabulary.ParentsPart;

/**
 * Gathers the section on parents and carers into its three parts.
 *
 * <p>A part starts at a sub-heading that names it, a table row whose first cell names it, or
 * a paragraph or list item that opens with a label naming it (see {@link LeadingLabel}).
 * Content under a part belongs to it until another part starts. A block before any part is
 * placed by its own words ("We will inform parents by letter" is about informing them, see
 * {@link Vocabulary#parentsPart}), because plans written before the blueprint labelled the
 * parts have them as plain paragraphs. A block whose words name no part is kept as
 * unlabelled. The section's own heading ("Informing parents and carers", "Rhieni a
 * gofalwyr", or both joined by " / ") starts no part, although it contains the word "inform".
 */
final class ParentsCollector {

    private static final Pattern SECTION_TITLE = Pattern.compile(
            "^(?:informing (?:and involving )?)?parents(?: and carers)?[.:]?$"
                    + "|^(?:(?:rhoi gwybod i |hysbysu )?r?h?ieni)(?: a gofalwyr)?[.:]?$");

    private final Map<ParentsPart, CellContent> parts = new EnumMap<>(ParentsPart.class);
    private CellContent unlabelled = CellContent.EMPTY;
    private ParentsPart current;

    /** Starts the section at {@code heading}, which may itself name a part. */
    void start(String heading) {
        current = isSectionTitle(heading) ? null : Vocabulary.parentsPart(heading).orElse(null);
    }

    /** Takes a heading inside the section; returns false when it names no part. */
    boolean heading(String text) {
        Optional<ParentsPart> part = Vocabulary.parentsPart(text);
        part.ifPresent(found -> current = found);
        return part.isPresent();
    }

    /**
     * Takes one labelled value, such as a Page Properties row, from outside the section: the
     * label picks the part, and a label naming only the section gives unlabelled content.
     */
    void row(String label, CellContent content) {
        ParentsPart part = isSectionTitle(label) ? null
                : Vocabulary.parentsPart(label).orElse(null);
        if (part == null) {
            unlabelled = unlabelled.plus(content);
        } else {
            parts.merge(part, content, CellContent::plus);
        }
    }

    /** Takes a paragraph, list or other block inside the section. */
    void content(Element element) {
        String name = Markup.name(element);
        if (name.equals("ul") || name.equals("ol")) {
            for (Element item : element.children()) {
                content(item);
            }
            return;
        }
        Optional<LeadingLabel> label = LeadingLabel.of(element);
        Optional<ParentsPart> part = label.flatMap(found -> Vocabulary.parentsPart(found.label()));
        if (part.isPresent()) {
            current = part.get();
            add(label.get().rest());
            return;
        }
        CellContent content = CellReader.read(element);
        Optional<ParentsPart> named = current == null
                ? Vocabulary.parentsPart(content.text()) : Optional.empty();
        if (named.isPresent()) {
            parts.merge(named.get(), content, CellContent::plus);
        } else {
            add(content);
        }
    }

    /** Takes a table inside the section, reading each row as label and content. */
    void table(Element table) {
        for (List<Element> row : TableGrid.of(table).rows()) {
            List<Element> cells = row.stream().filter(java.util.Objects::nonNull).distinct()
                    .toList();
            if (cells.isEmpty()) {
                continue;
            }
            Optional<ParentsPart> part = Vocabulary.parentsPart(
                    CellReader.read(cells.get(0)).text());
            if (part.isPresent() && cells.size() > 1) {
                current = part.get();
                add(CellReader.read(cells.subList(1, cells.size())));
            } else {
                add(CellReader.read(cells));
            }
        }
    }

    /** Returns the parts gathered so far. */
    ParentsContent result() {
        return new ParentsContent(
                parts.getOrDefault(ParentsPart.INFORMED, CellContent.EMPTY),
                parts.getOrDefault(ParentsPart.VIEWS_SOUGHT, CellContent.EMPTY),
                parts.getOrDefault(ParentsPart.VIEWS_USED, CellContent.EMPTY),
                unlabelled);
    }

    /**
     * Tells whether {@code text} names only the section, in one language or as a bilingual
     * "Welsh / English" heading whose halves both name it.
     */
    private static boolean isSectionTitle(String text) {
        for (String half : text.split("/")) {
            if (!SECTION_TITLE.matcher(Vocabulary.normalise(half)).matches()) {
                return false;
            }
        }
        return true;
    }

    private void add(CellContent content) {
        if (current == null) {
            unlabelled = unlabelled.plus(content);
        } else {
            parts.merge(current, content, CellContent::plus);
        }
    }
}
