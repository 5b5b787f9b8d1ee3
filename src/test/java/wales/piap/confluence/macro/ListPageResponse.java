package wales.piap.confluence.macro;

import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.PageResponse;
import com.atlassian.confluence.api.model.pagination.SimplePageRequest;
import com.atlassian.confluence.pages.Page;
import java.util.Iterator;
import java.util.List;

/** One page of search results, for macro tests. */
final class ListPageResponse implements PageResponse<Content> {

    private final List<Content> results;
    private final boolean more;

    /** Holds {@code pages} as the only page of results. */
    ListPageResponse(Page... pages) {
        this(java.util.Arrays.stream(pages)
                .map(page -> new Content(ContentId.of(page.getId()), page.getTitle()))
                .toList(), false);
    }

    /** Holds {@code results}, with {@code more} telling whether later pages exist. */
    ListPageResponse(List<Content> results, boolean more) {
        this.results = List.copyOf(results);
        this.more = more;
    }

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
        return new SimplePageRequest(0, results.size());
    }

    @Override
    public Iterator<Content> iterator() {
        return results.iterator();
    }
}
