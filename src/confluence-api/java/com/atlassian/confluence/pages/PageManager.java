// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityManager;
import java.util.Collection;

public interface PageManager extends ContentEntityManager {
    /** Deprecated in 8.7.2; still called by Atlassian's own plugin against 10.0.1. */
    @Deprecated
    Page getPage(String spaceKey, String title);

    Collection<Long> getDescendantIds(Page page);
}
