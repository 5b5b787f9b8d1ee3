// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.core;

public interface ContentEntityManager {
    /** Deprecated in 8.7.2 but present through 10.0 and used by Atlassian's bundled plugins. */
    @Deprecated
    ContentEntityObject getById(long id);

    void saveContentEntity(ContentEntityObject object, SaveContext saveContext);

    <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification,
            SaveContext saveContext);
}
