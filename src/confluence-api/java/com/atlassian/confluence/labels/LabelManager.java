// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.labels;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;

public interface LabelManager {
    int addLabel(Labelable content, Label label);

    int removeLabel(Labelable content, Label label);

    /** Returns the persistent label, or null when no content ever carried it. */
    Label getLabel(String name);

    PartialList<ContentEntityObject> getContentForLabel(int offset, int maxResults, Label label);
}
