// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

public abstract class SpaceContentEntityObject extends ContentEntityObject {
    private Space space;

    public Space getSpace() {
        return space;
    }

    public void setSpace(Space space) {
        this.space = space;
    }

    public String getSpaceKey() {
        return space == null ? null : space.getKey();
    }
}
