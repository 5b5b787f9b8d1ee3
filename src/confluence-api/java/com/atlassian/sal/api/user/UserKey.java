// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.sal.api.user;

public final class UserKey {
    private final String value;

    public UserKey(String value) {
        this.value = value;
    }

    public String getStringValue() {
        return value;
    }
}
