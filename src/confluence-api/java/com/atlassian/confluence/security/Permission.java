// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.security;

public abstract class Permission {
    public static final Permission VIEW = new Permission("view") { };
    public static final Permission EDIT = new Permission("edit") { };

    private final String name;

    protected Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
