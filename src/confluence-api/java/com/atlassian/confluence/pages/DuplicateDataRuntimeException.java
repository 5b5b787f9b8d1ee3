// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.pages;

/** Thrown on save when another page in the space already has the title. */
public class DuplicateDataRuntimeException extends IllegalArgumentException {

    public DuplicateDataRuntimeException(String message) {
        super(message);
    }
}
