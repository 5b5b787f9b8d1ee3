package wales.piap.confluence.macro;

import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.PageResponse;
import com.atlassian.confluence.api.model.pagination.SimplePageRequest;
import com.atlassian.confluence.pages.Page;
import java.util.Iterator;
import java.util.List;

/** A one-page search result holding the given pages, for macro tests. */
final class ListPageResponse implements PageResponse<Content> {

    private final List<Content> results;

    ListPageResponse(Page... pages) {
        this.results = java.util.Arrays.stream(pages)
                .map(page -> new Content(ContentId.of(page.getId()), page.getTitle()))
                .toList();
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
        return false;
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
