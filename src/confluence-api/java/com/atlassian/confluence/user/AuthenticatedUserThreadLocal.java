// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.user;

public class AuthenticatedUserThreadLocal {
    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    public static ConfluenceUser get() {
        return USER.get();
    }

    public static void set(ConfluenceUser user) {
        USER.set(user);
    }

    public static void reset() {
        USER.remove();
    }
}
