// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.core;

/** Only the constants are declared: the real builder's generic shape is a linkage trap. */
public class DefaultSaveContext implements SaveContext {
    public static final SaveContext DEFAULT = new DefaultSaveContext(false, true, false);
    public static final SaveContext MINOR_EDIT = new DefaultSaveContext(true, false, false);
    public static final SaveContext SUPPRESS_NOTIFICATIONS =
            new DefaultSaveContext(true, true, false);

    private final boolean suppressNotifications;
    private final boolean updateLastModifier;
    private final boolean suppressEvents;

    private DefaultSaveContext(boolean suppressNotifications, boolean updateLastModifier,
            boolean suppressEvents) {
        this.suppressNotifications = suppressNotifications;
        this.updateLastModifier = updateLastModifier;
        this.suppressEvents = suppressEvents;
    }

    @Override
    public boolean doUpdateLastModifier() {
        return updateLastModifier;
    }

    @Override
    public boolean isSuppressAutowatch() {
        return false;
    }

    @Override
    public boolean isEventSuppressed() {
        return suppressEvents;
    }

    @Override
    public boolean isSuppressNotifications() {
        return suppressNotifications;
    }
}
