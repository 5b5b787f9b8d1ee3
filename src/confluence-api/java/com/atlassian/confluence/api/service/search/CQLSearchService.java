// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.api.service.search;

import com.atlassian.confluence.api.model.Expansion;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.PageResponse;

public interface CQLSearchService {
    /** Results are filtered by the permissions of AuthenticatedUserThreadLocal's user. */
    PageResponse<Content> searchContent(String cql, PageRequest pageRequest,
            Expansion... expansions);
}
