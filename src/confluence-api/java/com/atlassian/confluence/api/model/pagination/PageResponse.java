// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.api.model.pagination;

import java.util.List;

public interface PageResponse<T> extends Iterable<T> {
    List<T> getResults();

    int size();

    boolean hasMore();

    PageRequest getPageRequest();
}
