package wales.piap.storage;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import wales.piap.plan.CellContent;
import wales.piap.plan.InterventionPower;
import wales.piap.plan.LaStatementContent;
import wales.piap.storage.PageBlocks.Block;
import wales.piap.storage.Vocabulary.Section;

/**
 * Reads the local authority statement page in the shape described in
 * {@code package-info.java}.
 *
 * <p>In the actions section, a recommendation is named by a sub-heading, by the first cell
 * of a table row or by a leading "R2:" or "Recommendation 2" in a paragraph or list item. In
 * the powers section, a power is named the same ways or by its keywords anywhere in a
 * paragraph. A paragraph stating that the authority will use none of its powers is kept as
 * the no-powers statement. Not thread-safe: one instance reads one page.
 */
final class LaStatementPageParser {

    private static final Pattern NO_POWERS = Pattern.compile(
            "(?:not (?:intend|propose|plan) to use|will not use|no (?:intention|plans?) to use"
                    + "|does not intend|none of (?:its|the) powers|no powers|not to use any"
                    + "|ddim yn bwriadu|nid yw'?n bwriadu|dim bwriad|ni fydd yr awdurdod)");

    private enum Place { NONE, OTHER, CAPACITY, ACTIONS, POWERS, PARENTS }

    private final String pageId;
    private final String pageTitle;
    private final PageProblems problems = new PageProblems();
    private final ParentsCollector parents = new ParentsCollector();
    private final Map<String, CellContent> actions = new LinkedHashMap<>();
    private final Map<InterventionPower, CellContent> powers =
            new EnumMap<>(InterventionPower.class);
    private Place place = Place.NONE;
    private String currentRecommendation;
    private InterventionPower currentPower;
    private CellContent capacity = CellContent.EMPTY;
    private CellContent unassigned = CellContent.EMPTY;
    private CellContent noPowers = CellContent.EMPTY;

    LaStatementPageParser(String pageId, String pageTitle) {
        this.pageId = pageId;
        this.pageTitle = pageTitle;
    }

    LaStatementContent parse(StorageFragment document) {
        problems.addMarkupErrors(document.errors());
        for (Block block : PageBlocks.of(document.content())) {
            switch (block.kind()) {
                case HEADING -> heading(block.text(), block.fromTitle());
                case TABLE -> table(block.element());
                default -> content(block.element());
            }
        }
        return new LaStatementContent(pageId, pageTitle, capacity, actions, unassigned, powers,
                noPowers, parents.result(), problems.toFindings("LA", pageId, pageTitle));
    }

    private void heading(String text, boolean fromTitle) {
        if (place == Place.PARENTS && parents.heading(text)) {
            return;
        }
        Optional<Integer> recommendation = Vocabulary.recommendationNumber(text);
        if (place == Place.ACTIONS && recommendation.isPresent()) {
            currentRecommendation = "R" + recommendation.get();
            return;
        }
        if (place == Place.POWERS) {
            Optional<InterventionPower> power = Vocabulary.power(text);
            if (power.isPresent()) {
                currentPower = power.get();
                return;
            }
        }
        Optional<Section> section = Vocabulary.laSection(text);
        currentRecommendation = null;
        currentPower = null;
        if (section.isEmpty()) {
            place = fromTitle ? place : Place.OTHER;
            return;
        }
        place = switch (section.get()) {
            case PERIOD -> Place.OTHER;
            case CAPACITY -> Place.CAPACITY;
            case POWERS -> Place.POWERS;
            case PARENTS -> Place.PARENTS;
            default -> Place.ACTIONS;
        };
        if (place == Place.PARENTS) {
            parents.start(text);
        }
    }

    private void content(Element element) {
        switch (place) {
            case CAPACITY -> capacity = capacity.plus(CellReader.read(element));
            case PARENTS -> parents.content(element);
            case ACTIONS -> eachItem(element, this::actionItem);
            case POWERS -> eachItem(element, this::powerItem);
            default -> {
                // Introductions and other sections are not checked.
            }
        }
    }

    private void table(Element table) {
        switch (place) {
            case CAPACITY -> capacity = capacity.plus(CellReader.read(table));
            case PARENTS -> parents.table(table);
            case ACTIONS, POWERS -> rows(table);
            default -> {
                // A table outside the known sections is not checked.
            }
        }
    }

    private void rows(Element table) {
        for (List<Element> row : TableGrid.of(table).rows()) {
            List<Element> cells = row.stream().filter(java.util.Objects::nonNull).distinct()
                    .toList();
            if (cells.size() < 2 || cells.stream().allMatch(cell -> Markup.is(cell, "th"))) {
                continue;
            }
            String key = CellReader.read(cells.get(0)).text();
            CellContent value = CellReader.read(cells.subList(1, cells.size()));
            if (place == Place.ACTIONS) {
                Optional<Integer> recommendation = Vocabulary.recommendationNumber(key);
                if (recommendation.isPresent()) {
                    actions.merge("R" + recommendation.get(), value, CellContent::plus);
                } else {
                    unassigned = unassigned.plus(CellReader.read(cells));
                }
            } else {
                powerValue(Vocabulary.power(key), CellReader.read(cells), value);
            }
        }
    }

    private void actionItem(Element item) {
        CellContent content = CellReader.read(item);
        Optional<Integer> recommendation = Vocabulary.recommendationNumber(content.text());
        if (recommendation.isPresent()) {
            CellContent rest = content.withText(
                    Vocabulary.stripRecommendationLabel(content.text()));
            actions.merge("R" + recommendation.get(), rest, CellContent::plus);
        } else if (currentRecommendation != null) {
            actions.merge(currentRecommendation, content, CellContent::plus);
        } else {
            unassigned = unassigned.plus(content);
        }
    }

    private void powerItem(Element item) {
        CellContent whole = CellReader.read(item);
        Optional<LeadingLabel> label = LeadingLabel.of(item);
        Optional<InterventionPower> labelled = label.flatMap(l -> Vocabulary.power(l.label()));
        Optional<InterventionPower> named = Vocabulary.power(whole.text());
        if (labelled.isPresent()) {
            currentPower = labelled.get();
            powerValue(labelled, whole, label.get().rest());
        } else if (currentPower != null
                && (named.isEmpty() || named.get() == currentPower)) {
            powers.merge(currentPower, whole, CellContent::plus);
        } else {
            // A sentence naming another power ("will not give directions") is about that one.
            powerValue(named, whole, whole);
        }
    }

    /** Files a decision under its power, or as the no-powers statement when it is one. */
    private void powerValue(
            Optional<InterventionPower> power, CellContent whole, CellContent decision) {
        if (NO_POWERS.matcher(Vocabulary.normalise(whole.text())).find()
                && (power.isEmpty() || mentionsPowersGenerally(whole.text()))) {
            noPowers = noPowers.plus(whole);
        } else if (power.isPresent()) {
            powers.merge(power.get(), decision, CellContent::plus);
        }
        // Other text in the section, such as an introduction, decides nothing.
    }

    private static boolean mentionsPowersGenerally(String text) {
        String normalised = Vocabulary.normalise(text);
        return normalised.contains("any of its powers") || normalised.contains("none of its")
                || normalised.contains("unrhyw un o'i bwerau");
    }

    private static void eachItem(Element element, java.util.function.Consumer<Element> action) {
        String name = Markup.name(element);
        if (name.equals("ul") || name.equals("ol")) {
            element.children().forEach(action);
        } else {
            action.accept(element);
        }
    }
}
