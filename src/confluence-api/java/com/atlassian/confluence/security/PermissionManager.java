// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.security;

import com.atlassian.user.User;

public interface PermissionManager {
    /** A null user means anonymous; page restrictions are honoured. */
    boolean hasPermission(User user, Permission permission, Object target);
}
