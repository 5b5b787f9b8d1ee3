// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

public abstract class AbstractPage extends SpaceContentEntityObject {
    /** Path relative to the base URL; the id-based form is valid in every version. */
    public String getIdBasedPageUrl() {
        return "/pages/viewpage.action?pageId=" + getId();
    }
}
