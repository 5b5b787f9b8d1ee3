// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.api.model.content.id;

public class ContentId {
    private final long id;

    private ContentId(long id) {
        this.id = id;
    }

    public static ContentId of(long id) {
        return new ContentId(id);
    }

    public long asLong() {
        return id;
    }
}
