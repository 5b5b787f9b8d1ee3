// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.api.model.content;

import com.atlassian.confluence.api.model.JsonString;
import com.atlassian.confluence.api.model.reference.Reference;

public class JsonContentProperty {
    private final String key;
    private final JsonString value;
    private final Version version;
    private final Reference<Content> contentRef;

    private JsonContentProperty(ContentPropertyBuilder builder) {
        this.key = builder.key;
        this.value = builder.value;
        this.version = builder.version;
        this.contentRef = builder.content;
    }

    public static ContentPropertyBuilder builder() {
        return new ContentPropertyBuilder();
    }

    public String getKey() {
        return key;
    }

    public JsonString getValue() {
        return value;
    }

    public Version getVersion() {
        return version;
    }

    public Reference<Content> getContentRef() {
        return contentRef;
    }

    public static class ContentPropertyBuilder {
        private String key;
        private JsonString value;
        private Version version;
        private Reference<Content> content;

        public ContentPropertyBuilder content(Reference<Content> contentRef) {
            this.content = contentRef;
            return this;
        }

        public ContentPropertyBuilder key(String key) {
            this.key = key;
            return this;
        }

        public ContentPropertyBuilder value(JsonString value) {
            this.value = value;
            return this;
        }

        public ContentPropertyBuilder version(Version version) {
            this.version = version;
            return this;
        }

        public JsonContentProperty build() {
            return new JsonContentProperty(this);
        }
    }
}
