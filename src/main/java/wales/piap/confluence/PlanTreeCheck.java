package wales.piap.confluence;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.inject.Inject;
import javax.inject.Named;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import wales.piap.calendar.SchoolTerms;
import wales.piap.plan.Field;
import wales.piap.plan.Finding;
import wales.piap.plan.LaStatementContent;
import wales.piap.plan.PageRole;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanValidator;
import wales.piap.plan.RecommendationContent;
import wales.piap.storage.PlanPageParser;

/**
 * Reads and checks the pages of one plan tree: for the macros, the pages the viewer may see;
 * for the plan status snapshot, every page.
 *
 * <p>Only the home page's children that pass the view check are read, so a page restricted
 * from the viewer is neither shown nor named. When the local authority statement exists but is
 * hidden, its absence is not reported either. At most {@link #MAX_PAGES} children are read.
 * Reads pages on every call and keeps nothing, so every cluster node reads current content.
 * Milestones written as school terms are resolved with the plan's calendar, including dates
 * added on calendar pages and a school's own dates.
 */
@Named
public class PlanTreeCheck {

    /** Most child pages read for one plan; real plans have four to six recommendations. */
    public static final int MAX_PAGES = 40;

    /**
     * The pages read and what the validator found.
     *
     * @param recommendations the visible recommendation pages, in tree order
     * @param laStatement the visible local authority statement, or null
     * @param findings the findings for those pages
     * @param links links to the pages by page id
     */
    public record Result(List<RecommendationContent> recommendations,
            LaStatementContent laStatement, List<Finding> findings, Map<String, String> links) {
    }

    private final PermissionManager permissionManager;
    private final PlanCalendars calendars;
    private final PlanPageParser parser = new PlanPageParser();

    @Inject
    public PlanTreeCheck(@ComponentImport PermissionManager permissionManager,
            PlanCalendars calendars) {
        this.permissionManager = permissionManager;
        this.calendars = calendars;
    }

    /**
     * Reads and checks every child of {@code home} without a permission filter, for the plan's
     * own status snapshot. Links in the result are host-relative.
     */
    public Result checkAllPages(Page home, PlanFacts facts) {
        return check(home, facts, "", page -> true);
    }

    /**
     * Reads the children of {@code home} and checks them.
     *
     * @param facts the plan's facts, or null to skip the date checks
     * @param baseUrl the server's base URL, prefixed to page paths
     */
    public Result check(Page home, PlanFacts facts, String baseUrl) {
        return check(home, facts, baseUrl, this::canView);
    }

    private Result check(Page home, PlanFacts facts, String baseUrl, Predicate<Page> visible) {
        List<RecommendationContent> recommendations = new ArrayList<>();
        LaStatementContent laStatement = null;
        boolean laHidden = false;
        Map<String, String> links = new LinkedHashMap<>();
        List<Page> children = home.getSortedChildren();
        for (Page child : children.subList(0, Math.min(children.size(), MAX_PAGES))) {
            boolean recommendation = PlanLocator.hasLabel(child, PageRole.RECOMMENDATION.label());
            boolean la = PlanLocator.hasLabel(child, PageRole.LA_STATEMENT.label());
            if (!recommendation && !la) {
                continue;
            }
            if (!visible.test(child)) {
                laHidden |= la;
                continue;
            }
            String id = child.getIdAsString();
            links.put(id, baseUrl + child.getIdBasedPageUrl());
            if (recommendation) {
                recommendations.add(parser.parseRecommendation(id, child.getTitle(),
                        child.getBodyAsString()));
            } else if (laStatement == null) {
                laStatement = parser.parseLaStatement(id, child.getTitle(),
                        child.getBodyAsString());
            }
        }
        List<Finding> findings = new ArrayList<>(
                validator(facts, home).validatePlan(facts, recommendations, laStatement));
        if (laStatement == null && laHidden) {
            findings.removeIf(finding -> finding.field() == Field.PAGE
                    && finding.pageId().isEmpty());
        }
        return new Result(recommendations, laStatement, findings, links);
    }

    /** Checks one page by its role label; returns an empty result for other pages. */
    public Result checkPage(Page page, PlanFacts facts, String baseUrl) {
        String id = page.getIdAsString();
        Map<String, String> links = Map.of(id, baseUrl + page.getIdBasedPageUrl());
        if (PlanLocator.hasLabel(page, PageRole.RECOMMENDATION.label())) {
            RecommendationContent content = parser.parseRecommendation(id, page.getTitle(),
                    page.getBodyAsString());
            return new Result(List.of(content), null,
                    validator(facts, homeOf(page)).validateRecommendation(content, facts),
                    links);
        }
        if (PlanLocator.hasLabel(page, PageRole.LA_STATEMENT.label())) {
            LaStatementContent content = parser.parseLaStatement(id, page.getTitle(),
                    page.getBodyAsString());
            List<String> references = siblingReferences(page);
            return new Result(List.of(), content,
                    validator(facts, homeOf(page)).validateLaStatement(content, references,
                            facts), links);
        }
        return new Result(List.of(), null, List.of(), links);
    }

    /**
     * Returns a validator that resolves milestones written as school terms with the plan's
     * calendar, or leaves them unchecked without facts.
     */
    private PlanValidator validator(PlanFacts facts, Page home) {
        if (facts == null) {
            return new PlanValidator();
        }
        return new PlanValidator(new SchoolTerms(calendars.calendarFor(facts, home).calendar()));
    }

    private static Page homeOf(Page page) {
        return new PlanLocator().findHome(page).orElse(null);
    }

    private List<String> siblingReferences(Page laPage) {
        List<String> references = new ArrayList<>();
        Page parent = laPage.getParent();
        if (parent == null) {
            return references;
        }
        for (Page sibling : parent.getSortedChildren()) {
            if (PlanLocator.hasLabel(sibling, PageRole.RECOMMENDATION.label())
                    && references.size() < MAX_PAGES && canView(sibling)) {
                references.add(parser.parseRecommendation("", sibling.getTitle(),
                        sibling.getBodyAsString()).reference());
            }
        }
        return references;
    }

    private boolean canView(Page page) {
        return permissionManager.hasPermission(AuthenticatedUserThreadLocal.get(),
                Permission.VIEW, page);
    }
}
