package wales.piap.confluence;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.inject.Inject;
import javax.inject.Named;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.calendar.CalendarCatalogue;
import wales.piap.calendar.TermDates;
import wales.piap.calendar.WorkingDayCalendar;
import wales.piap.plan.PlanFacts;

/**
 * Chooses the school calendar a plan's deadline is counted on: the bundled dates of the plan's
 * local authority, with school years added on calendar pages in the plan's space, and the
 * school's own dates where the plan has them.
 *
 * <p>A local authority adds next year's dates without a new release of the app by creating a
 * page labelled {@value #LA_CALENDAR_LABEL} in the space that holds its plans, with the dates
 * as JSON (the bundled term-dates shape) in a code block. A voluntary aided or foundation
 * school that sets its own dates adds a child page of its plan home labelled
 * {@value #OWN_CALENDAR_LABEL} with its school years, naming no authority. Only pages in the
 * plan's own space count, so one space cannot change another's deadlines.
 */
@Named
public class PlanCalendars {

    /** Label of a page that adds term dates for the plans in its space. */
    public static final String LA_CALENDAR_LABEL = "piap-calendar";

    /** Label of a plan's child page that contains the school's own dates. */
    public static final String OWN_CALENDAR_LABEL = "piap-own-calendar";

    private static final Logger LOG = LoggerFactory.getLogger(PlanCalendars.class);
    private static final int MAX_CALENDAR_PAGES = 50;

    private final LabelManager labelManager;

    @Inject
    public PlanCalendars(@ComponentImport LabelManager labelManager) {
        this.labelManager = labelManager;
    }

    /**
     * Calendar chosen for a plan, with the calendar pages that were left out because they
     * could not be read.
     *
     * @param calendar the working-day calendar to count on
     * @param problems for each page left out, its title and the parser's English message
     */
    public record Choice(WorkingDayCalendar calendar, List<String> problems) {
    }

    /** Returns the calendar of {@code facts}' authority with any added or own dates. */
    public Choice calendarFor(PlanFacts facts, Page home) {
        Objects.requireNonNull(facts, "facts");
        CalendarCatalogue catalogue = CalendarCatalogue.bundled();
        List<String> problems = new ArrayList<>();
        String spaceKey = home == null ? null : home.getSpaceKey();
        for (Page page : labelledPages(LA_CALENDAR_LABEL)) {
            if (spaceKey == null || !spaceKey.equals(page.getSpaceKey())) {
                continue;
            }
            try {
                catalogue = catalogue.withExtraTermDates(codeBlockText(page));
            } catch (IllegalArgumentException e) {
                LOG.warn("Calendar page {} is invalid: {}", page.getId(), e.getMessage());
                problems.add(page.getTitle() + ": " + e.getMessage());
            }
        }
        WorkingDayCalendar calendar = catalogue.calendarFor(facts.localAuthority());
        if (home != null) {
            for (Page child : home.getChildren()) {
                if (!PlanLocator.hasLabel(child, OWN_CALENDAR_LABEL)) {
                    continue;
                }
                try {
                    calendar = calendar.withYears(TermDates.parse(codeBlockText(child))
                            .unassigned());
                } catch (IllegalArgumentException e) {
                    LOG.warn("Own calendar page {} is invalid: {}", child.getId(),
                            e.getMessage());
                    problems.add(child.getTitle() + ": " + e.getMessage());
                }
            }
        }
        return new Choice(calendar, List.copyOf(problems));
    }

    private List<Page> labelledPages(String labelName) {
        Label label = labelManager.getLabel(labelName);
        if (label == null) {
            return List.of();
        }
        PartialList<ContentEntityObject> found =
                labelManager.getContentForLabel(0, MAX_CALENDAR_PAGES, label);
        List<Page> pages = new ArrayList<>();
        for (ContentEntityObject content : found.getList()) {
            if (content instanceof Page && content.isCurrent()) {
                pages.add((Page) content);
            }
        }
        return pages;
    }

    /**
     * Returns the text of the first code block on {@code page}, or of its first preformatted
     * block; throws IllegalArgumentException when it has neither.
     */
    static String codeBlockText(Page page) {
        String storage = page.getBodyAsString() == null ? "" : page.getBodyAsString();
        Document document = Jsoup.parse("<root xmlns:ac=\"http://atlassian.com/content\">"
                + storage + "</root>", "", Parser.xmlParser());
        for (Element macro : document.getElementsByTag("ac:structured-macro")) {
            if ("code".equals(macro.attr("ac:name"))) {
                Element body = macro.getElementsByTag("ac:plain-text-body").first();
                if (body != null) {
                    return body.wholeText();
                }
            }
        }
        Element pre = document.getElementsByTag("pre").first();
        if (pre != null) {
            return pre.wholeText();
        }
        throw new IllegalArgumentException("no code block with the calendar JSON was found;"
                + " put the JSON in a code block macro");
    }
}
