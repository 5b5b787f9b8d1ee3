package wales.piap.confluence.macro;

import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.pagination.PageResponse;
import com.atlassian.confluence.api.model.pagination.SimplePageRequest;
import com.atlassian.confluence.api.service.exceptions.ServiceException;
import com.atlassian.confluence.api.service.search.CQLSearchService;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.calendar.DeadlineCalculator;
import wales.piap.confluence.PlanLabels;
import wales.piap.confluence.ViewerLocale;
import wales.piap.confluence.snapshot.PlanStatusStore;
import wales.piap.plan.Category;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanStatus;
import wales.piap.render.Messages;
import wales.piap.render.PlanIndexView;
import wales.piap.render.ViewRenderer;

/**
 * Lists the plans the viewer may see, across spaces, from their status snapshots.
 *
 * <p>Plans are found with CQL on the plan home label, so Confluence filters them by the
 * viewer's permissions and page restrictions before this class reads them. At most
 * {@value #MAX_PLANS} plans are read per render; page bodies are never loaded.
 */
public class PlanIndexMacro extends BlockMacro {

    /** Upper bound of plans read per render, so one index cannot load a whole site. */
    static final int MAX_PLANS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(PlanIndexMacro.class);
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Za-z0-9~_]{1,255}");
    private static final int SEARCH_PAGE = 100;

    private final CQLSearchService searchService;
    private final PlanStatusStore statusStore;
    private final ApplicationProperties applicationProperties;
    private final ViewerLocale viewerLocale;
    private final ViewRenderer renderer;
    private final Clock clock;

    @Inject
    public PlanIndexMacro(@ComponentImport CQLSearchService searchService,
            PlanStatusStore statusStore,
            @ComponentImport ApplicationProperties applicationProperties,
            ViewerLocale viewerLocale, ViewRenderer renderer) {
        this(searchService, statusStore, applicationProperties, viewerLocale, renderer,
                Clock.system(DeadlineCalculator.ZONE));
    }

    PlanIndexMacro(CQLSearchService searchService, PlanStatusStore statusStore,
            ApplicationProperties applicationProperties, ViewerLocale viewerLocale,
            ViewRenderer renderer, Clock clock) {
        this.searchService = searchService;
        this.statusStore = statusStore;
        this.applicationProperties = applicationProperties;
        this.viewerLocale = viewerLocale;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        Messages messages = Messages.forLocale(viewerLocale.current());
        try {
            IndexParameters request = IndexParameters.parse(parameters, messages);
            if (request.error() != null) {
                return MacroPanels.error(messages, request.error());
            }
            List<Content> found = search(request);
            boolean truncated = found.size() > MAX_PLANS;
            List<PlanIndexView.Entry> entries = new ArrayList<>();
            String baseUrl = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
            for (Content content : found.subList(0, Math.min(found.size(), MAX_PLANS))) {
                long id = content.getId().asLong();
                PlanStatus status = statusStore.read(id).orElse(null);
                if (matches(status, request)) {
                    String url = baseUrl + "/pages/viewpage.action?pageId=" + id;
                    entries.add(new PlanIndexView.Entry(content.getTitle(), url, status));
                }
            }
            LocalDate today = LocalDate.ofInstant(clock.instant(), DeadlineCalculator.ZONE);
            Map<String, Object> view = PlanIndexView.build(entries, request.sort(),
                    request.pageSize(), truncated, OutputTypes.isStatic(context), today,
                    messages);
            return renderer.render("templates/plan-index.vm", view);
        } catch (ServiceException e) {
            LOG.warn("Plan search failed on {}", MacroPanels.describe(context), e);
            return MacroPanels.error(messages, messages.text("piap.index.search-failed",
                    String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            LOG.warn("Plan index failed on {}", MacroPanels.describe(context), e);
            return MacroPanels.error(messages, messages.text("piap.error.macro-failed",
                    e.getClass().getSimpleName()));
        }
    }

    private List<Content> search(IndexParameters request) {
        StringBuilder cql = new StringBuilder("type = page and label = \"")
                .append(PlanLabels.HOME).append('"');
        if (!request.spaces().isEmpty()) {
            cql.append(" and space in (");
            for (int i = 0; i < request.spaces().size(); i++) {
                cql.append(i == 0 ? "" : ", ").append('"').append(request.spaces().get(i))
                        .append('"');
            }
            cql.append(')');
        }
        cql.append(" order by title");
        List<Content> results = new ArrayList<>();
        int start = 0;
        while (results.size() <= MAX_PLANS) {
            PageResponse<Content> page = searchService.searchContent(cql.toString(),
                    new SimplePageRequest(start, SEARCH_PAGE));
            results.addAll(page.getResults());
            if (!page.hasMore() || page.getResults().isEmpty()) {
                break;
            }
            start += page.getResults().size();
        }
        return results;
    }

    private static boolean matches(PlanStatus status, IndexParameters request) {
        if (request.localAuthority() != null && (status == null
                || !request.localAuthority().code().equals(status.localAuthority()))) {
            return false;
        }
        return request.category() == null || (status != null
                && request.category().formValue().equals(status.category()));
    }



    /** The macro's parameters after checking; {@code error} is set when one is invalid. */
    record IndexParameters(List<String> spaces, LocalAuthority localAuthority,
            Category category, PlanIndexView.Sort sort, int pageSize, String error) {

        static IndexParameters parse(Map<String, String> parameters, Messages messages) {
            List<String> spaces = new ArrayList<>();
            String spaceList = parameters.getOrDefault("spaces", "").trim();
            for (String key : spaceList.isEmpty() ? new String[0] : spaceList.split("\\s*,\\s*")) {
                if (!SPACE_KEY.matcher(key).matches()) {
                    return invalid("spaces", key, "piap.index.fix.spaces", messages);
                }
                spaces.add(key);
            }
            LocalAuthority authority = null;
            String authorityText = parameters.getOrDefault("local-authority", "").trim();
            if (!authorityText.isEmpty()) {
                Optional<LocalAuthority> found = LocalAuthority.fromFormValue(authorityText);
                if (found.isEmpty()) {
                    return invalid("local-authority", authorityText,
                            "piap.index.fix.local-authority", messages);
                }
                authority = found.get();
            }
            Category category = null;
            String categoryText = parameters.getOrDefault("category", "").trim();
            if (!categoryText.isEmpty()) {
                Optional<Category> found = Category.fromFormValue(categoryText);
                if (found.isEmpty()) {
                    return invalid("category", categoryText, "piap.index.fix.category", messages);
                }
                category = found.get();
            }
            String sortText = parameters.getOrDefault("sort", "deadline").trim();
            Optional<PlanIndexView.Sort> sort = PlanIndexView.Sort.fromFormValue(sortText);
            if (sort.isEmpty()) {
                return invalid("sort", sortText, "piap.index.fix.sort", messages);
            }
            String sizeText = parameters.getOrDefault("page-size", "25").trim();
            int pageSize;
            try {
                pageSize = Integer.parseInt(sizeText);
            } catch (NumberFormatException e) {
                pageSize = -1;
            }
            if (pageSize < 5 || pageSize > 100) {
                return invalid("page-size", sizeText, "piap.index.fix.page-size", messages);
            }
            return new IndexParameters(spaces, authority, category, sort.get(), pageSize, null);
        }

        private static IndexParameters invalid(String name, String value, String fixKey,
                Messages messages) {
            String error = messages.text("piap.error.invalid-parameter", name, value,
                    messages.text(fixKey));
            return new IndexParameters(List.of(), null, null, PlanIndexView.Sort.DEADLINE, 25,
                    error);
        }
    }
}
