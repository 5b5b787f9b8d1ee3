// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.pages;

import java.util.ArrayList;
import java.util.List;

public class Page extends AbstractPage {
    public static final String CONTENT_TYPE = "page";

    private Page parent;
    private final List<Page> children = new ArrayList<>();
    private List<Page> ancestors = new ArrayList<>();

    public Page getParent() {
        return parent;
    }

    public void setParentPage(Page parent) {
        if (parent == this) {
            throw new IllegalArgumentException("A page cannot be its own parent");
        }
        this.parent = parent;
    }

    public List<Page> getChildren() {
        return children;
    }

    public List<Page> getSortedChildren() {
        return new ArrayList<>(children);
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    public void addChild(Page child) {
        children.add(child);
        child.setParentPage(this);
        List<Page> childAncestors = new ArrayList<>(ancestors);
        childAncestors.add(this);
        child.setAncestors(childAncestors);
    }

    public void removeChild(Page child) {
        children.remove(child);
    }

    public List<Page> getAncestors() {
        return ancestors;
    }

    public void setAncestors(List<Page> ancestors) {
        this.ancestors = ancestors;
    }

    @Override
    public String getType() {
        return CONTENT_TYPE;
    }
}
