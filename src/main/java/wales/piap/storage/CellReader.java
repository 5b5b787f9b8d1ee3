package wales.piap.storage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import wales.piap.plan.CellContent;
import wales.piap.plan.TermReference;

/**
 * Reads the text, dates and mentions of an element such as a table cell.
 *
 * <p>Instructional text ({@code ac:placeholder}) and macro parameters are skipped, except a
 * status lozenge's title, which is shown to readers. Block elements and {@code <br/>} separate
 * words. Dates come from {@code <time datetime="yyyy-MM-dd"/>} and from typed dates (see
 * {@link TypedDates}); milestones written as school terms from {@link TermPhrases}, whose
 * month-like words ("tymor yr hydref 2025") are not read as dates; mentions from
 * {@code ri:user} by user key, user name or account id.
 */
final class CellReader {

    /** Stands in the text for a {@code time} element until dates are put in page order. */
    private static final char TIME_MARK = '\uE000';

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "tr", "td",
            "th", "table", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
            "ac:task", "ac:layout-cell", "ac:rich-text-body");

    private CellReader() {
    }

    /** Reads one element and its descendants. */
    static CellContent read(Element element) {
        return read(List.of(element));
    }

    /** Reads several elements in order, as one content. */
    static CellContent read(List<Element> elements) {
        Collector collector = new Collector();
        for (Element element : elements) {
            NodeTraversor.filter(collector, element);
            collector.text.append(' ');
        }
        return collector.toContent();
    }

    /** Walks the tree without recursion, so deep nesting cannot overflow the stack. */
    private static final class Collector implements NodeFilter {
        private final StringBuilder text = new StringBuilder();
        private final List<LocalDate> timeDates = new ArrayList<>();
        private final List<String> invalidDates = new ArrayList<>();
        private final List<String> mentions = new ArrayList<>();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                // Comments and declarations carry no content; CDATA is a TextNode above.
                return FilterResult.SKIP_ENTIRELY;
            }
            String name = Markup.name(element);
            if (name.equals("ac:placeholder")) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (name.equals("ac:parameter")) {
                return statusTitle(element);
            }
            if (name.equals("time")) {
                readTime(element);
            } else if (name.equals("ri:user")) {
                readUser(element);
            }
            if (BLOCKS.contains(name)) {
                text.append(' ');
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(Markup.name(element))) {
                text.append(' ');
            }
            return FilterResult.CONTINUE;
        }

        private FilterResult statusTitle(Element parameter) {
            Element macro = parameter.parent();
            boolean title = "title".equals(parameter.attr("ac:name"));
            if (macro != null && title && "status".equals(Markup.macroName(macro))) {
                text.append(' ').append(parameter.text()).append(' ');
            }
            return FilterResult.SKIP_ENTIRELY;
        }

        private void readTime(Element time) {
            String value = time.attr("datetime").trim();
            if (value.isEmpty()) {
                return;
            }
            try {
                timeDates.add(LocalDate.parse(value));
            } catch (DateTimeParseException invalid) {
                timeDates.add(null);
                invalidDates.add(value);
            }
            text.append(' ').append(TIME_MARK).append(' ');
        }

        private void readUser(Element user) {
            for (String attribute : List.of("ri:userkey", "ri:username", "ri:account-id")) {
                String value = user.attr(attribute).trim();
                if (!value.isEmpty()) {
                    mentions.add(value);
                    return;
                }
            }
        }

        /**
         * Merges time elements, typed dates and term phrases in the order they appear in the
         * text. A typed date inside a term phrase ("hydref 2025") is part of the phrase.
         */
        CellContent toContent() {
            String marked = text.toString();
            List<TermPhrases.Found> phrases = TermPhrases.find(marked);
            List<TypedDates.Found> typed = outside(phrases, TypedDates.find(marked));
            List<LocalDate> dates = new ArrayList<>();
            List<String> invalid = new ArrayList<>(invalidDates);
            List<TermReference> terms = new ArrayList<>();
            int nextPhrase = 0;
            int nextTyped = 0;
            int nextTime = 0;

            for (int i = 0; i <= marked.length(); i++) {
                while (nextPhrase < phrases.size() && phrases.get(nextPhrase).start() == i) {
                    TermPhrases.Found phrase = phrases.get(nextPhrase++);
                    terms.add(new TermReference(phrase.term(), phrase.year(), phrase.boundary(),
                            phrase.text(), dates.size()));
                }
                while (nextTyped < typed.size() && typed.get(nextTyped).start() == i) {
                    TypedDates.Found found = typed.get(nextTyped++);
                    if (found.date() != null) {
                        dates.add(found.date());
                    } else {
                        invalid.add(found.invalidText());
                    }
                }
                if (i < marked.length() && marked.charAt(i) == TIME_MARK) {
                    LocalDate date = timeDates.get(nextTime++);
                    if (date != null) {
                        dates.add(date);
                    }
                }
            }

            String plain = Vocabulary.normaliseSpaces(marked.replace(TIME_MARK, ' '));
            return new CellContent(plain, dates, invalid, mentions, terms);
        }

        private static List<TypedDates.Found> outside(
                List<TermPhrases.Found> phrases, List<TypedDates.Found> typed) {
            return typed.stream()
                    .filter(found -> phrases.stream().noneMatch(phrase ->
                            found.start() >= phrase.start() && found.start() < phrase.end()))
                    .toList();
        }
    }
}
