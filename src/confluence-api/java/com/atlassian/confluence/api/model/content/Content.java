// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.api.model.content;

import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.reference.Reference;

/** The REST/Java API model, not the entity; the constructor is the preview host's. */
public class Content {
    private final ContentId id;
    private final String title;

    public Content(ContentId id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The preview host's reference carries the id; Confluence returns its own subclass. */
    public static Reference<Content> buildReference(ContentId contentId) {
        return new IdReference(contentId);
    }

    public ContentId getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** Reference to content by id. */
    public static final class IdReference extends Reference<Content> {
        private final ContentId contentId;

        IdReference(ContentId contentId) {
            this.contentId = contentId;
        }

        public ContentId getContentId() {
            return contentId;
        }
    }
}
