package wales.piap.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import wales.piap.plan.ActionRow;
import wales.piap.plan.CellContent;
import wales.piap.plan.Field;
import wales.piap.plan.RecommendationContent;
import wales.piap.storage.PageBlocks.Block;
import wales.piap.storage.Vocabulary.Section;

/**
 * Reads one recommendation page in the shape described in {@code package-info.java}.
 *
 * <p>Not thread-safe: one instance reads one page.
 */
final class RecommendationPageParser {

    /** Most actions read from one page; further rows are reported and skipped. */
    static final int MAX_ACTIONS = 500;

    private enum Place { NONE, OTHER, RECOMMENDATION, SUCCESS, ACTIONS, PARENTS }

    private final String pageId;
    private final String pageTitle;
    private final PageProblems problems = new PageProblems();
    private final ParentsCollector parents = new ParentsCollector();
    private final List<ActionRow> actions = new ArrayList<>();
    private Place place = Place.NONE;
    private Integer number;
    private CellContent text = CellContent.EMPTY;
    private CellContent successCriteria = CellContent.EMPTY;

    RecommendationPageParser(String pageId, String pageTitle) {
        this.pageId = pageId;
        this.pageTitle = pageTitle;
    }

    RecommendationContent parse(StorageFragment document) {
        problems.addMarkupErrors(document.errors());
        for (Block block : PageBlocks.of(document.content())) {
            switch (block.kind()) {
                case HEADING -> heading(block.text(), block.fromTitle());
                case TABLE -> table(block.element());
                default -> content(block.element());
            }
        }
        String reference = reference();
        return new RecommendationContent(pageId, pageTitle, reference, text, successCriteria,
                numberedActions(reference), parents.result(),
                problems.toFindings(reference, pageId, pageTitle));
    }

    private void heading(String headingText, boolean fromTitle) {
        if (place == Place.PARENTS && parents.heading(headingText)) {
            return;
        }
        Optional<Section> section = Vocabulary.recommendationSection(headingText);
        if (section.isEmpty()) {
            if (!fromTitle) {
                place = Place.OTHER;
            }
            return;
        }
        switch (section.get()) {
            case RECOMMENDATION -> {
                place = Place.RECOMMENDATION;
                Optional<Integer> found = Vocabulary.recommendationNumber(headingText);
                if (found.isPresent()) {
                    noteNumber(found.get());
                    addText(plain(Vocabulary.stripRecommendationLabel(headingText)));
                }
            }
            case SUCCESS -> place = Place.SUCCESS;
            case ACTIONS -> place = Place.ACTIONS;
            default -> {
                place = Place.PARENTS;
                parents.start(headingText);
            }
        }
    }

    private void content(Element element) {
        Optional<String> pseudoHeading = boldOnlyText(element);
        if (pseudoHeading.isPresent()
                && Vocabulary.recommendationSection(pseudoHeading.get()).isPresent()) {
            heading(pseudoHeading.get(), false);
            return;
        }
        CellContent content = CellReader.read(element);
        switch (place) {
            case RECOMMENDATION -> addRecommendationText(content);
            case SUCCESS -> successCriteria = successCriteria.plus(content);
            case PARENTS -> parents.content(element);
            case NONE -> leadingRecommendation(content);
            default -> {
                // Introductions, report findings and other sections are not checked.
            }
        }
    }

    private void leadingRecommendation(CellContent content) {
        if (Vocabulary.recommendationNumber(content.text()).isPresent()) {
            place = Place.RECOMMENDATION;
            addRecommendationText(content);
        }
    }

    /** Adds text under the recommendation, taking the number from a leading "R2:". */
    private void addRecommendationText(CellContent content) {
        Optional<Integer> found = Vocabulary.recommendationNumber(content.text());
        if (found.isEmpty()) {
            addText(content);
            return;
        }
        noteNumber(found.get());
        addText(plain(Vocabulary.stripRecommendationLabel(content.text())));
    }

    private void table(Element table) {
        ActionTableReader.Result result = ActionTableReader.read(table);
        if (result.recognised()) {
            actions.addAll(result.rows());
            return;
        }
        switch (place) {
            case PARENTS -> parents.table(table);
            case SUCCESS -> successCriteria = successCriteria.plus(CellReader.read(table));
            case RECOMMENDATION -> addText(CellReader.read(table));
            default -> {
                if (!keyValueTable(table) && place == Place.ACTIONS) {
                    problems.add(Field.ACTIONS, "piap.validation.fix.actions.unreadable",
                            result.headerText());
                }
            }
        }
    }

    /** Reads a two-column table of section names and values, such as Page Properties. */
    private boolean keyValueTable(Element table) {
        boolean read = false;
        boolean parentsSeen = false;
        for (List<Element> row : TableGrid.of(table).rows()) {
            List<Element> cells = row.stream().filter(java.util.Objects::nonNull).distinct()
                    .toList();
            if (cells.size() < 2) {
                continue;
            }
            String key = CellReader.read(cells.get(0)).text();
            CellContent value = CellReader.read(cells.subList(1, cells.size()));
            Optional<Section> section = Vocabulary.recommendationSection(key);
            if (section.isEmpty() && parentsSeen && Vocabulary.parentsPart(key).isPresent()) {
                // "How their views will be sought" follows a row that named parents.
                section = Optional.of(Section.PARENTS);
            }
            if (section.isEmpty()) {
                continue;
            }
            parentsSeen |= section.get() == Section.PARENTS;
            read = true;
            switch (section.get()) {
                case RECOMMENDATION -> {
                    Vocabulary.recommendationNumber(key).ifPresent(this::noteNumber);
                    addRecommendationText(value);
                }
                case SUCCESS -> successCriteria = successCriteria.plus(value);
                case PARENTS -> parents.row(key, value);
                default -> {
                    // An "Actions" row holds no table to read; the validator reports none.
                }
            }
        }
        return read;
    }

    private void addText(CellContent content) {
        text = text.plus(content);
    }

    private void noteNumber(int found) {
        if (number == null) {
            number = found;
        }
    }

    private String reference() {
        if (number == null) {
            Vocabulary.recommendationNumber(pageTitle).ifPresent(this::noteNumber);
        }
        if (number == null) {
            for (ActionRow action : actions) {
                Vocabulary.recommendationNumber(action.reference().replaceFirst("\\..*", ""))
                        .ifPresent(this::noteNumber);
            }
        }
        return number == null ? "R?" : "R" + number;
    }

    private List<ActionRow> numberedActions(String reference) {
        if (actions.size() > MAX_ACTIONS) {
            problems.add(Field.ACTIONS, "piap.validation.fix.actions.tooMany",
                    String.valueOf(actions.size()), String.valueOf(MAX_ACTIONS));
        }
        List<ActionRow> numbered = new ArrayList<>();
        for (int i = 0; i < Math.min(actions.size(), MAX_ACTIONS); i++) {
            ActionRow row = actions.get(i);
            String written = row.reference();
            String ref;
            if (written.startsWith("R")) {
                ref = written;
            } else if (written.contains(".")) {
                ref = "R" + written;
            } else if (!written.isEmpty()) {
                ref = reference + "." + written;
            } else {
                ref = reference + "." + (i + 1);
            }
            numbered.add(new ActionRow(ref, row.referenceWritten(), row.action(), row.lead(),
                    row.support(), row.timescale(), row.resources(), row.successCriteria(),
                    row.monitoring()));
        }
        return numbered;
    }

    /** Returns the text of a paragraph whose whole text is bold, as used for headings. */
    private static Optional<String> boldOnlyText(Element element) {
        if (!Markup.is(element, "p") || element.children().size() != 1
                || !element.ownText().isBlank()) {
            return Optional.empty();
        }
        Element only = element.child(0);
        if (!Markup.is(only, "strong") && !Markup.is(only, "b")) {
            return Optional.empty();
        }
        String bold = CellReader.read(only).text();
        return bold.length() <= 80 ? Optional.of(bold) : Optional.empty();
    }

    private static CellContent plain(String text) {
        return new CellContent(text, List.of(), List.of(), List.of());
    }
}
