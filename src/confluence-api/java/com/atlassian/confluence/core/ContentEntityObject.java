// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.core;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;
import java.util.ArrayList;
import java.util.List;

/** The real class sits below AbstractLabelableEntityObject; the methods resolve the same. */
public abstract class ContentEntityObject extends ConfluenceEntityObject implements Labelable {
    private String title;
    private String body = "";
    private int version = 1;
    private final List<Label> labels = new ArrayList<>();

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDisplayTitle() {
        return title;
    }

    public String getBodyAsString() {
        return body;
    }

    public void setBodyAsString(String body) {
        this.body = body;
    }

    public String getIdAsString() {
        return String.valueOf(getId());
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public boolean isCurrent() {
        return true;
    }

    public abstract String getType();

    @Override
    public List<Label> getLabels() {
        return labels;
    }
}
