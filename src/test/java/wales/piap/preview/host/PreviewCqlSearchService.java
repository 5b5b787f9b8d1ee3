package wales.piap.preview.host;

import com.atlassian.confluence.api.model.Expansion;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.PageResponse;
import com.atlassian.confluence.api.service.exceptions.ServiceException;
import com.atlassian.confluence.api.service.search.CQLSearchService;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.util.Iterator;
import java.util.List;

/**
 * CQL search over the stored pages, filtered by what AuthenticatedUserThreadLocal's user may
 * view (administrators included, as CQL applies content restrictions to them) and paged.
 * Results are in page id order. Unlike Confluence's index, results are never stale.
 */
public final class PreviewCqlSearchService implements CQLSearchService {

    /** Largest page size without expansions, as Confluence caps it. */
    static final int MAX_LIMIT = 1000;

    private final PageStore store;
    private final PreviewPermissionManager permissions;

    public PreviewCqlSearchService(PageStore store, PreviewPermissionManager permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    @Override
    public PageResponse<Content> searchContent(String cql, PageRequest pageRequest,
            Expansion... expansions) {
        if (pageRequest.getStart() < 0 || pageRequest.getLimit() < 0) {
            throw new ServiceException("CQL page request start and limit must be 0 or more, not "
                    + pageRequest.getStart() + " and " + pageRequest.getLimit());
        }
        CqlQuery query = CqlQuery.parse(cql);
        List<Page> visible = store.pages().stream()
                .filter(query::matches)
                .filter(p -> permissions.hasPermissionNoExemptions(
                        AuthenticatedUserThreadLocal.get(), Permission.VIEW, p))
                .sorted(query.orderByTitle()
                        ? java.util.Comparator.comparing(Page::getTitle)
                        : (a, b) -> 0)
                .toList();
        int limit = Math.min(pageRequest.getLimit(), MAX_LIMIT);
        int from = Math.min(pageRequest.getStart(), visible.size());
        int to = Math.min(visible.size(), from + limit);
        List<Content> results = visible.subList(from, to).stream()
                .map(p -> new Content(ContentId.of(p.getId()), p.getTitle()))
                .toList();
        return new ListPageResponse(results, to < visible.size(), pageRequest);
    }

    /** One page of results. */
    private record ListPageResponse(List<Content> results, boolean more, PageRequest request)
            implements PageResponse<Content> {

        @Override
        public List<Content> getResults() {
            return results;
        }

        @Override
        public int size() {
            return results.size();
        }

        @Override
        public boolean hasMore() {
            return more;
        }

        @Override
        public PageRequest getPageRequest() {
            return request;
        }

        @Override
        public Iterator<Content> iterator() {
            return results.iterator();
        }
    }
}
