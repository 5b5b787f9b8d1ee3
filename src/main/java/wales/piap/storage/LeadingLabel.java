package wales.piap.storage;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import wales.piap.plan.CellContent;

/**
 * A label written at the start of a paragraph or list item, and the content after it.
 *
 * <p>A label is either a bold run that opens the element ({@code <strong>Informed</strong>
 * ...}) or text before a colon within the first 80 characters ("Advice: not needed").
 *
 * @param label the label's text, without the colon
 * @param rest the element's content after the label
 */
record LeadingLabel(String label, CellContent rest) {

    private static final int MAX_LABEL_LENGTH = 80;

    /** Finds the label at the start of {@code element}, if it has one. */
    static Optional<LeadingLabel> of(Element element) {
        CellContent whole = CellReader.read(element);
        String text = whole.text();
        String label = boldOpening(element).orElseGet(() -> beforeColon(text));
        if (label.isEmpty() || !text.startsWith(label)) {
            return Optional.empty();
        }
        String rest = text.substring(label.length()).replaceFirst("^\\s*[:\\-\\u2013]?\\s*", "");
        String cleanLabel = label.replaceFirst("\\s*:\\s*$", "").trim();
        return Optional.of(new LeadingLabel(cleanLabel, whole.withText(rest)));
    }

    private static Optional<String> boldOpening(Element element) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text && text.isBlank()) {
                continue;
            }
            if (node instanceof Element child
                    && (Markup.is(child, "strong") || Markup.is(child, "b"))) {
                String label = CellReader.read(child).text();
                return label.length() <= MAX_LABEL_LENGTH ? Optional.of(label) : Optional.empty();
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String beforeColon(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > MAX_LABEL_LENGTH) {
            return "";
        }
        return text.substring(0, colon);
    }
}
